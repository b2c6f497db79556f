package com.dianxiaoer.negotiation.api;

import com.dianxiaoer.negotiation.domain.PricePolicy;
import com.dianxiaoer.negotiation.domain.ShopItem;
import com.dianxiaoer.negotiation.persistence.PricePolicies;
import com.dianxiaoer.negotiation.persistence.ShopCatalogue;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Shop operators set what bargaining may give: the floor, the mode, gifts, shipping, promotions, tiers. The name
 * and the list price are the catalogue's (greeting-service), read from this service's copy of it.
 */
@Path("/api/v1/admin/shops/{shopId}/price-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "price policy")
public class PricePolicyResource {
    @Inject
    PricePolicies policies;

    @Inject
    ShopCatalogue catalogue;

    @GET
    @Operation(summary = "The shop's price policies")
    public List<PricePolicy> all(@PathParam("shopId") String shopId) {
        return policies.ofShop(shopId);
    }

    @GET
    @Path("{productId}")
    @Operation(summary = "One product's price policy")
    public PricePolicy one(@PathParam("shopId") String shopId, @PathParam("productId") String productId) {
        return policies.find(shopId, productId)
                .orElseThrow(() -> ApiException.notFound(
                        "policy_not_found", "no price policy for product " + productId + " of shop " + shopId));
    }

    @PUT
    @Path("{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or replace a product's price policy",
            description =
                    "Refused with invalid_policy when it breaks its own rules "
                            + "(floor above list, promotions or a tier that take what the shopper pays under the floor, ...); with 409 product_not_in_catalogue "
                            + "for a product the catalogue has not announced; with price_from_catalogue when listPrice is sent and differs from the catalogue's.")
    public Response put(
            @PathParam("shopId") String shopId,
            @PathParam("productId") String productId,
            @Valid @NotNull(message = "send the policy as JSON") PolicyRequest request) {
        if (!Ids.valid(shopId) || !Ids.valid(productId)) {
            throw ApiException.badRequest(
                    "invalid_id", "shop and product ids are 1-64 lower-case letters, digits, '-' or '_'");
        }
        ShopItem listing = catalogue
                .item(shopId, productId)
                .orElseThrow(() -> ApiException.conflict(
                        "product_not_in_catalogue",
                        "the catalogue of shop " + shopId + " has no product " + productId
                                + " yet: add it in greeting-service's catalogue first"));
        if (request.listPrice() != null && request.listPrice().compareTo(listing.listPrice()) != 0) {
            throw ApiException.badRequest(
                    "price_from_catalogue",
                    "the list price of " + productId + " is the catalogue's, ¥"
                            + listing.listPrice().toPlainString()
                            + ": change it in greeting-service's catalogue, or leave listPrice out");
        }
        PricePolicy policy = request.toPolicy(shopId, listing);
        List<String> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid_policy", String.join("; ", problems));
        }
        boolean created = policies.save(policy);
        return Response.status(created ? 201 : 200)
                .entity(one(shopId, productId))
                .build();
    }

    /** {@code productName} and {@code listPrice} may be left out: they are the catalogue's; a listPrice sent must match it. */
    public record PolicyRequest(
            @Size(max = 200) String productName,

            @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal listPrice,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal floorPrice,

            @NotNull PricePolicy.PlatformMode mode,
            @Size(max = 10) List<PricePolicy.Gift> gifts,
            PricePolicy.Shipping shipping,
            @Size(max = 10) List<PricePolicy.SpendSave> spendSaves,
            @Size(max = 10) List<PricePolicy.Coupon> coupons,
            @Size(max = 10) List<PricePolicy.QuantityTier> tiers) {

        PricePolicy toPolicy(String shopId, ShopItem listing) {
            return new PricePolicy(
                    shopId,
                    listing.productId(),
                    listing.name(),
                    listing.listPrice(),
                    floorPrice,
                    mode,
                    orEmpty(gifts),
                    shipping,
                    orEmpty(spendSaves),
                    orEmpty(coupons),
                    orEmpty(tiers));
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
