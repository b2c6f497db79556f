package com.dianxiaoer.negotiation.api;

import com.dianxiaoer.negotiation.domain.ShopItem;
import com.dianxiaoer.negotiation.persistence.ShopCatalogue;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service knows of a shop's catalogue, for operators checking that a change has reached bargaining. */
@Path("/api/v1/admin/shops/{shopId}/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "price policy")
public class CatalogueResource {
    @Inject
    ShopCatalogue catalogue;

    @GET
    @Operation(
            summary = "The copy of the shop's catalogue bargaining uses",
            description =
                    "Name, list price and whether in stock, as greeting-service last announced them on catalogue.events.")
    public List<ShopItem> all(@PathParam("shopId") String shopId) {
        return catalogue.items(shopId);
    }
}
