package com.dianxiaoer.order.api;

import com.dianxiaoer.order.app.MoveOrder;
import com.dianxiaoer.order.app.OrderNotFound;
import com.dianxiaoer.order.app.PlaceOrder;
import com.dianxiaoer.order.app.RecordTracking;
import com.dianxiaoer.order.app.Reported;
import com.dianxiaoer.order.domain.Order;
import com.dianxiaoer.order.domain.OrderLine;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.domain.Receiver;
import com.dianxiaoer.order.domain.Tracking;
import com.dianxiaoer.order.persistence.Orders;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shop's order system reports its orders here: creation, every status change and every parcel scan. Each
 * report is idempotent (the order id and the shop's version), and an order that would jump the life cycle is
 * refused with 409 illegal_transition. The warehouse reads an order back with the remarks the chat added.
 */
@Path("/api/v1/shops/{shopId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders")
public class OrderResource {
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    @Inject
    Orders orders;

    @Inject
    PlaceOrder placeOrder;

    @Inject
    MoveOrder moveOrder;

    @Inject
    RecordTracking recordTracking;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report a new order",
            description =
                    "201 when new; 200 when the same order and version was already reported; 409 order_exists for another version.")
    public Response create(
            @PathParam("shopId") String shopId,
            @Valid @NotNull(message = "send the order as JSON") NewOrderRequest request) {
        Reported result = placeOrder.place(validShop(shopId), request.toNewOrder());
        return Response.status(result.changed() ? 201 : 200)
                .entity(result.order())
                .build();
    }

    @GET
    @Path("{orderId}")
    @Operation(summary = "An order with its tracking and the remarks for the warehouse")
    public Order one(@PathParam("shopId") String shopId, @PathParam("orderId") String orderId) {
        return orders.find(shopId, orderId).orElseThrow(() -> OrderNotFound.of(orderId));
    }

    @PUT
    @Path("{orderId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move an order on: paid, shipped (with courier and waybill), delivered or cancelled",
            description =
                    "version must be newer than the stored one (the same version and status again is a no-op); 409 illegal_transition or stale_version.")
    public Order status(
            @PathParam("shopId") String shopId,
            @PathParam("orderId") String orderId,
            @Valid @NotNull(message = "send the change as JSON") StatusRequest request) {
        return moveOrder
                .move(
                        validShop(shopId),
                        orderId,
                        new MoveOrder.StatusChange(
                                request.status(),
                                request.version(),
                                request.at(),
                                request.courier(),
                                request.waybillNumber()))
                .order();
    }

    @POST
    @Path("{orderId}/tracking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a parcel scan",
            description = "The same scan (time and status) again is a no-op; 409 not_shipped before shipment.")
    public Response track(
            @PathParam("shopId") String shopId,
            @PathParam("orderId") String orderId,
            @Valid @NotNull(message = "send the scan as JSON") TrackingRequest request) {
        Reported result = recordTracking.record(
                validShop(shopId),
                orderId,
                new Tracking(
                        request.courier(), request.waybillNumber(), request.status(), request.place(), request.at()));
        return Response.status(result.changed() ? 201 : 200)
                .entity(result.order())
                .build();
    }

    private static String validShop(String shopId) {
        return Ids.requireShopId(shopId);
    }

    public record LineRequest(
            @NotBlank @Size(max = 64) String productId,
            @NotBlank @Size(max = 200) String name,
            @Min(1) @Max(999) int quantity,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal unitPrice) {}

    public record ReceiverRequest(
            @NotBlank @Size(max = 100) String name,

            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}", message = "must be a phone number")
            String phone,

            @NotBlank @Size(min = 6, max = 300) String address) {}

    public record NewOrderRequest(
            @NotNull @Pattern(regexp = ID, message = "must be 1-64 letters, digits, '-' or '_'")
            String orderId,

            @NotNull @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be the chat's conversation id")
            String conversationId,

            @Min(1) int version,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull LineRequest> lines,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal total,

            @Valid @NotNull ReceiverRequest receiver,
            Instant createdAt,
            /* The buyer's id in the shop (the id its page signs for the chat widget); only they are answered about this order elsewhere. */
            @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String customerId) {

        PlaceOrder.NewOrder toNewOrder() {
            return new PlaceOrder.NewOrder(
                    orderId,
                    conversationId.toLowerCase(Locale.ROOT),
                    version,
                    lines.stream()
                            .map(l -> new OrderLine(l.productId(), l.name().trim(), l.quantity(), l.unitPrice()))
                            .toList(),
                    total,
                    new Receiver(
                            receiver.name().trim(),
                            receiver.phone().replaceAll("[ -]", ""),
                            receiver.address().trim()),
                    createdAt,
                    customerId);
        }
    }

    public record StatusRequest(
            @NotNull OrderStatus status,
            @Min(1) int version,
            Instant at,
            @Size(max = 50) String courier,
            @Size(max = 50) String waybillNumber) {}

    public record TrackingRequest(
            @NotBlank @Size(max = 50) String courier,
            @NotBlank @Size(max = 50) String waybillNumber,
            @NotBlank @Size(max = 200) String status,
            @Size(max = 100) String place,
            @NotNull Instant at) {}
}
