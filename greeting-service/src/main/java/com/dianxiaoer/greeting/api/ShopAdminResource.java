package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.CatalogueAnnouncements;
import com.dianxiaoer.greeting.app.RateLimits;
import com.dianxiaoer.greeting.domain.Product;
import com.dianxiaoer.greeting.domain.ServiceHours;
import com.dianxiaoer.greeting.persistence.ShopEntity;
import com.dianxiaoer.greeting.persistence.ShopStore;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import com.dianxiaoer.web.OpsCaller;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** Shop operators set what the front desk says: the shop's welcome data and its products. */
@Path("/api/v1/admin/shops/{shopId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shop admin")
public class ShopAdminResource {
    /** An origin as a browser sends it: scheme, host (a name, an IPv4 address or [IPv6]) and optional port. */
    static final String ORIGIN =
            "https?://([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?";

    @Inject
    ShopStore store;

    @Inject
    CatalogueAnnouncements catalogue;

    @Inject
    RateLimits rateLimits;

    @Inject
    OpsCaller caller;

    @GET
    @Operation(summary = "The shop's front-desk settings")
    public Shop get(@PathParam("shopId") String shopId) {
        return store.shop(shopId)
                .map(Shop::of)
                .orElseThrow(() -> ApiException.notFound("shop_not_found", "no shop " + shopId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the shop's front-desk settings")
    public Response put(
            @PathParam("shopId") String shopId, @Valid @NotNull(message = "send the shop as JSON") Shop shop) {
        if (!Ids.valid(shopId)) {
            throw ApiException.badRequest(
                    "invalid_shop_id", "a shop id is 1-64 lower-case letters, digits, '-' or '_'");
        }
        ServiceHours hours = null;
        if (shop.serviceHours() != null) {
            try {
                hours = ServiceHours.of(
                        shop.serviceHours().opens(),
                        shop.serviceHours().closes(),
                        shop.serviceHours().timeZone());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_service_hours", e.getMessage());
            }
        }
        // A shop's own admin may send its settings back as read, limits included, but not change the limits.
        if (shop.rateLimits() != null
                && !caller.isOperator()
                && !store.shop(shopId)
                        .map(Shop::of)
                        .map(Shop::rateLimits)
                        .filter(shop.rateLimits()::equals)
                        .isPresent()) {
            throw ApiException.forbidden(
                    "operator_only", "a shop's rate limits are set by the platform's operators (the ops API key)");
        }
        boolean created = store.saveShop(
                shopId,
                shop.name(),
                shop.agentName(),
                shop.agentNumber(),
                shop.promotion(),
                shop.couriers(),
                shop.stockRule(),
                shop.allowedOrigins(),
                hours,
                shop.holdAfterSeconds());
        if (shop.identitySecret() != null) {
            store.setIdentitySecret(shopId, shop.identitySecret());
        }
        if (shop.retentionDays() != null) {
            store.setRetentionDays(shopId, shop.retentionDays());
        }
        if (shop.rateLimits() != null) {
            store.setLimits(
                    shopId,
                    shop.rateLimits().perConversation(),
                    shop.rateLimits().perClientAddress(),
                    shop.rateLimits().perShop());
            rateLimits.forget(shopId);
        }
        return Response.status(created ? 201 : 200).entity(get(shopId)).build();
    }

    @PUT
    @Path("products/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or replace a product the front desk answers about",
            description =
                    "The catalogue's name, price and stock are the one source for every service: the change is announced as ProductChanged on catalogue.events.")
    public Response putProduct(
            @PathParam("shopId") String shopId,
            @PathParam("productId") String productId,
            @Valid @NotNull(message = "send the product as JSON") ProductDto product) {
        if (store.shop(shopId).isEmpty()) {
            throw ApiException.notFound("shop_not_found", "no shop " + shopId);
        }
        if (!Ids.valid(productId)) {
            throw ApiException.badRequest(
                    "invalid_product_id", "a product id is 1-64 lower-case letters, digits, '-' or '_'");
        }
        boolean created = catalogue.save(shopId, product.toProduct(productId));
        return Response.status(created ? 201 : 200)
                .entity(store.product(shopId, productId).map(ProductDto::of).orElseThrow())
                .build();
    }

    public record Shop(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 50) String agentName,

            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,20}", message = "must be 1-20 letters or digits")
            String agentNumber,

            @Size(max = 500) String promotion,

            @NotNull @Size(max = 5)
            List<@NotBlank @Size(max = 20) @Pattern(regexp = "[^,，]+", message = "must not contain a comma") String>
                    couriers,

            @Size(max = 300) String stockRule,
            /* Web origins whose pages may embed the widget (CORS), e.g. "https://shop.example.com"; absent keeps them. */
            @Size(max = 20)
            List<
                            @NotNull
                            @Pattern(
                                    regexp = ORIGIN,
                                    message =
                                            "each of allowedOrigins must be an origin like https://shop.example.com (scheme, host and optional port; no path, lower case)")
                            String>
                    allowedOrigins,
            /* When people answer after a handoff; absent keeps them (a new shop: 09:00-23:00 Asia/Shanghai). */
            @Valid Hours serviceHours,
            /* How long a customer waits for a person before the holding message and the overdue event; absent keeps it (60). */
            @Min(10) @Max(3600) Integer holdAfterSeconds,
            /* The key the shop's server signs its signed-in customers' ids with (HMAC-SHA256); write-only, absent keeps it. */
            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Size(min = 16, max = 200)
            String identitySecret,
            /* Requests a minute on the public chat API; absent keeps them (60 a conversation, 600 an address, 60,000 the shop). */
            @Valid RateLimitsDto rateLimits,
            /* Days a conversation is kept after its last message, then erased in every service; absent keeps it (365). */
            @Min(1) @Max(3650) Integer retentionDays) {

        static Shop of(ShopEntity e) {
            var p = e.toProfile();
            return new Shop(
                    p.name(),
                    p.agentName(),
                    p.agentNumber(),
                    p.promotion(),
                    p.couriers(),
                    p.stockRule(),
                    e.allowedOriginList(),
                    new Hours(e.hoursOpen, e.hoursClose, e.timeZone),
                    e.holdAfterSeconds,
                    null,
                    new RateLimitsDto(e.limitConversationPerMinute, e.limitAddressPerMinute, e.limitShopPerMinute),
                    e.retentionDays);
        }
    }

    public record RateLimitsDto(
            @Min(1) @Max(100_000) int perConversation,
            @Min(1) @Max(1_000_000) int perClientAddress,
            @Min(1) @Max(10_000_000) int perShop) {}

    public record Hours(
            @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm")
            String opens,

            @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00", message = "must be HH:mm or 24:00")
            String closes,

            @NotBlank @Size(max = 40) String timeZone) {}

    public record ProductDto(
            @NotBlank @Size(max = 200) String name,

            @Size(max = 20)
            List<@NotBlank @Size(max = 30) @Pattern(regexp = "[^,，]+", message = "must not contain a comma") String>
                    keywords,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal price,

            @Min(0) int stock,

            @Size(max = 20)
            List<@NotBlank @Size(max = 20) @Pattern(regexp = "[^,，]+", message = "must not contain a comma") String>
                    sizes,

            @Size(max = 300) String material,

            @Size(max = 20)
            List<@Pattern(regexp = "\\d{2,3}-\\d{2,3}:[^,，:]{1,10}", message = "must look like 165-170:M") String>
                    sizeChart,

            @Size(max = 500) String authenticity,
            @Size(max = 300) String restockNote) {

        Product toProduct(String id) {
            List<Product.SizeBand> chart;
            try {
                chart = orEmpty(sizeChart).stream().map(Product.SizeBand::parse).toList();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_size_chart", e.getMessage());
            }
            return new Product(
                    id,
                    name,
                    orEmpty(keywords),
                    price,
                    stock,
                    orEmpty(sizes),
                    material,
                    chart,
                    authenticity,
                    restockNote);
        }

        private static List<String> orEmpty(List<String> list) {
            return list == null ? List.of() : list;
        }

        static ProductDto of(Product p) {
            return new ProductDto(
                    p.name(),
                    p.keywords(),
                    p.price(),
                    p.stock(),
                    p.sizes(),
                    p.material(),
                    p.sizeChart().stream().map(Object::toString).toList(),
                    p.authenticity(),
                    p.restockNote());
        }
    }
}
