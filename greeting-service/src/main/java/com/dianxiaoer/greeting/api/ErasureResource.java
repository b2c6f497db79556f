package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.Erasures;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ShopEntity;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's right to erasure (PIPL, GDPR), exercised by the platform's operators or the shop's own admins: one
 * customer of one shop, by the shop's id of a signed-in customer or by the conversation of a visitor. The answer comes
 * at once with greeting-service's part done; the status shows the stage services' reports as they arrive.
 */
@Path("/api/v1/admin/shops/{shopId}/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shop admin")
public class ErasureResource {
    @Inject
    Erasures erasures;

    public record ErasureRequest(
            @Size(min = 1, max = 100) String customerId,

            @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a conversation id (a UUID)")
            String conversationId) {}

    public record ServiceReport(String service, int reported, int of, int records) {}

    public record ErasureStatus(
            String erasureId,
            String shopId,
            String reason,
            int conversations,
            String state,
            Instant requestedAt,
            Instant completedAt,
            List<ServiceReport> services) {
        static ErasureStatus of(Erasures.Status s) {
            var e = s.erasure();
            return new ErasureStatus(
                    e.id.toString(),
                    e.shopId,
                    e.reason,
                    e.conversations,
                    s.complete() ? "complete" : "in_progress",
                    e.requestedAt,
                    e.completedAt,
                    s.services().stream()
                            .map(r -> new ServiceReport(r.service(), r.reported(), r.of(), r.records()))
                            .toList());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Erase one customer's personal data in every service",
            description =
                    "Send customerId (the shop's id of a signed-in customer: all their conversations and orders) or "
                            + "conversationId (a visitor's one conversation). 202 with the erasure's status; poll its Location "
                            + "until state is complete. A customer with nothing left to erase gets a complete erasure of 0 conversations.")
    public Response erase(
            @PathParam("shopId") String shopId,
            @Valid @NotNull(message = "send customerId or conversationId") ErasureRequest request) {
        requireShop(shopId);
        if ((request.customerId() == null) == (request.conversationId() == null)) {
            throw ApiException.badRequest("invalid_erasure", "send exactly one of customerId and conversationId");
        }
        Erasures.Status status;
        if (request.customerId() != null) {
            status = erasures.status(shopId, erasures.eraseCustomer(shopId, request.customerId()).id)
                    .orElseThrow();
        } else {
            ConversationEntity conversation = ConversationEntity.byClientId(request.conversationId(), false)
                    .filter(c -> c.shopId.equals(shopId))
                    .orElseThrow(() -> ApiException.notFound(
                            "conversation_not_found", "no conversation " + request.conversationId()));
            status = erasures.status(shopId, erasures.eraseConversation(shopId, conversation).id)
                    .orElseThrow();
        }
        ErasureStatus body = ErasureStatus.of(status);
        return Response.accepted(body)
                .location(URI.create("/api/v1/admin/shops/" + shopId + "/erasures/" + body.erasureId()))
                .build();
    }

    @GET
    @Path("{erasureId}")
    @Operation(summary = "Where an erasure stands: each service's reports, and whether it is complete")
    public ErasureStatus status(@PathParam("shopId") String shopId, @PathParam("erasureId") String erasureId) {
        return Ids.uuid(erasureId)
                .flatMap(id -> erasures.status(shopId, id))
                .map(ErasureStatus::of)
                .orElseThrow(() -> ApiException.notFound("erasure_not_found", "no erasure " + erasureId));
    }

    @GET
    @Operation(summary = "The shop's latest 50 erasures, on request and by retention, newest first")
    public List<ErasureStatus> latest(@PathParam("shopId") String shopId) {
        requireShop(shopId);
        return erasures.latest(shopId, 50).stream().map(ErasureStatus::of).toList();
    }

    private static void requireShop(String shopId) {
        if (!Ids.valid(shopId) || ShopEntity.findByIdOptional(shopId).isEmpty()) {
            throw ApiException.notFound("shop_not_found", "no shop " + shopId);
        }
    }
}
