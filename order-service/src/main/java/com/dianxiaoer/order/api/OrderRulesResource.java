package com.dianxiaoer.order.api;

import com.dianxiaoer.order.domain.OrderRules;
import com.dianxiaoer.order.persistence.ShopRules;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shop operators set when parcels leave, with whom, when the shop keeps quiet, and what it says about invoices. */
@Path("/api/v1/admin/shops/{shopId}/order-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "order rules")
public class OrderRulesResource {
    @Inject
    ShopRules rules;

    @GET
    @Operation(summary = "The shop's order rules (the defaults when it has set none)")
    public OrderRules get(@PathParam("shopId") String shopId) {
        return rules.of(shopId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the shop's order rules")
    public Response put(
            @PathParam("shopId") String shopId,
            @Valid @NotNull(message = "send the rules as JSON") RulesRequest request) {
        Ids.requireShopId(shopId);
        OrderRules r = request.toRules(shopId);
        List<String> problems = r.problems();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid_rules", String.join("; ", problems));
        }
        boolean created = rules.save(r);
        return Response.status(created ? 201 : 200).entity(rules.of(shopId)).build();
    }

    public record RulesRequest(
            @NotBlank String zone,
            @NotNull LocalTime cutoff,
            @NotEmpty Set<DayOfWeek> workingDays,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 20) String> couriers,
            @Min(1) @Max(30) int usualDeliveryDays,
            @NotNull LocalTime quietFrom,
            @NotNull LocalTime quietUntil,
            @NotNull Duration remindAfter,
            @NotBlank @Size(max = 500) String invoicePolicy) {

        OrderRules toRules(String shopId) {
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw ApiException.badRequest("invalid_rules", "zone is not a time zone id such as Asia/Shanghai");
            }
            if (couriers.stream().anyMatch(c -> c.contains(","))) {
                throw ApiException.badRequest("invalid_rules", "a courier name cannot contain a comma");
            }
            return new OrderRules(
                    shopId,
                    zoneId,
                    cutoff,
                    workingDays,
                    couriers,
                    usualDeliveryDays,
                    quietFrom,
                    quietUntil,
                    remindAfter,
                    invoicePolicy.trim());
        }
    }
}
