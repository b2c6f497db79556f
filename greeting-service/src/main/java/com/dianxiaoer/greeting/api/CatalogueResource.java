package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.persistence.ShopDirectory;
import com.dianxiaoer.web.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public face of a shop for the widget and the demo page: its name, agent and products. */
@Path("/api/v1/shops/{shopId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shop")
public class CatalogueResource {
    @Inject
    ShopDirectory shops;

    @GET
    @Operation(summary = "The shop's public profile")
    public PublicShop shop(@PathParam("shopId") String shopId) {
        return shops.profile(shopId)
                .map(p -> new PublicShop(p.id(), p.name(), p.agentName(), p.agentNumber(), p.promotion()))
                .orElseThrow(() -> ApiException.notFound("shop_not_found", "no shop " + shopId));
    }

    @GET
    @Path("products")
    @Operation(summary = "The shop's products")
    public List<PublicProduct> products(@PathParam("shopId") String shopId) {
        shop(shopId);
        return shops.catalogue(shopId).products().stream()
                .map(p -> new PublicProduct(p.id(), p.name(), p.price(), p.inStock(), p.sizes(), p.material()))
                .toList();
    }

    public record PublicShop(String id, String name, String agentName, String agentNumber, String promotion) {}

    public record PublicProduct(
            String id, String name, BigDecimal price, boolean inStock, List<String> sizes, String material) {}
}
