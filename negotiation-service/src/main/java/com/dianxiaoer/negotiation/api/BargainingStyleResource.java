package com.dianxiaoer.negotiation.api;

import com.dianxiaoer.negotiation.domain.BargainingStyle;
import com.dianxiaoer.negotiation.persistence.BargainingStyles;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shop operators tune how the bot bargains for all their products: firmness, rounds, the budget for gifts. */
@Path("/api/v1/admin/shops/{shopId}/bargaining-style")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "price policy")
public class BargainingStyleResource {
    @Inject
    BargainingStyles styles;

    @GET
    @Operation(summary = "The shop's bargaining style", description = "The default style when the shop has set none.")
    public BargainingStyle get(@PathParam("shopId") String shopId) {
        return styles.of(shopId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the shop's bargaining style",
            description = "aspiration 0-1 (the share of the room held until the supervisor's last offer), rounds 1-6 "
                    + "(pushes answered before it), giftBudget in yuan (what gifts and free shipping may cost per conversation). "
                    + "Refused with invalid_style when a setting is out of range.")
    public Response put(
            @PathParam("shopId") String shopId,
            @Valid @NotNull(message = "send the style as JSON") StyleRequest request) {
        if (!Ids.valid(shopId)) {
            throw ApiException.badRequest("invalid_id", "a shop id is 1-64 lower-case letters, digits, '-' or '_'");
        }
        BargainingStyle style = request.toStyle();
        List<String> problems = style.problems();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid_style", String.join("; ", problems));
        }
        boolean created = styles.save(shopId, style);
        return Response.status(created ? 201 : 200).entity(styles.of(shopId)).build();
    }

    /** Any setting left out keeps its default. */
    public record StyleRequest(BigDecimal aspiration, Integer rounds, BigDecimal giftBudget) {
        BargainingStyle toStyle() {
            BargainingStyle d = BargainingStyle.DEFAULT;
            return new BargainingStyle(
                    aspiration == null ? d.aspiration() : aspiration,
                    rounds == null ? d.rounds() : rounds,
                    giftBudget == null ? d.giftBudget() : giftBudget);
        }
    }
}
