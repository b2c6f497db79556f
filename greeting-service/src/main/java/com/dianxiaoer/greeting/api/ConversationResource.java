package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.AcceptCustomerMessage;
import com.dianxiaoer.greeting.app.OpenConversation;
import com.dianxiaoer.greeting.app.RateLimits;
import com.dianxiaoer.greeting.config.GreetingConfig;
import com.dianxiaoer.greeting.domain.CustomerIdentity;
import com.dianxiaoer.greeting.domain.CustomerText;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ShopDirectory;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.BearerTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The chat API the shop's widget calls (docs/design.md, "The chat API"). */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chat", description = "Conversations between a shop's customer and the shop")
public class ConversationResource {
    private static final String DEFAULT_LOCALE = "zh-CN";

    @Inject
    OpenConversation opening;

    @Inject
    AcceptCustomerMessage customerMessages;

    @Inject
    ConversationAccess access;

    @Inject
    ShopDirectory shops;

    @Inject
    TranscriptFeed feed;

    @Inject
    GreetingConfig config;

    @Inject
    RateLimits rateLimits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open a conversation",
            description = "Returns the conversation id and the token every later call must carry.")
    public Response open(
            @Valid @NotNull(message = "send a JSON body with shopId") ChatDtos.OpenConversation request,
            @Context HttpServerRequest http) {
        if (shops.profile(request.shopId()).isEmpty()) {
            throw ApiException.notFound("shop_not_found", "no shop " + request.shopId());
        }
        rateLimits.admitOpening(request.shopId(), clientAddress(http));
        boolean verified = request.customerSignature() != null;
        if (verified
                && !CustomerIdentity.vouches(
                        shops.identitySecret(request.shopId()).orElse(null),
                        request.customerId(),
                        request.customerSignature())) {
            throw ApiException.unauthorized(
                    "invalid_customer_signature",
                    "customerSignature is not the shop's signature of customerId; open without it for an anonymous visitor");
        }
        String token = BearerTokens.newToken();
        ConversationEntity c = opening.open(
                request.shopId(),
                request.customerId(),
                verified,
                request.locale() == null ? DEFAULT_LOCALE : request.locale(),
                request.productId(),
                BearerTokens.hash(token));
        return Response.created(URI.create("/api/v1/conversations/" + c.id))
                .entity(new ChatDtos.ConversationOpened(c.id.toString(), token))
                .build();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send a customer message",
            description = "Stored once per clientMessageId; the reply arrives on the stream.")
    // One transaction for the token check and the message: a second would cost every message its BEGIN, select, COMMIT.
    @Transactional
    public Response post(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @NotNull(message = "send a JSON body with text") ChatDtos.PostMessage request,
            @Context HttpServerRequest http) {
        ConversationEntity conversation = access.authorizeToAppend(id, authorization);
        rateLimits.admitMessage(conversation.shopId, conversation.id.toString(), clientAddress(http));
        CustomerText.Checked checked =
                CustomerText.check(request.text(), config.chat().maxMessageLength());
        if (checked.problem() == CustomerText.Problem.too_long) {
            throw ApiException.badRequest(
                    "message_too_long",
                    "a message may have at most " + config.chat().maxMessageLength() + " characters");
        }
        if (!checked.accepted()) {
            throw ApiException.badRequest("empty_message", "the message has no text");
        }
        AcceptCustomerMessage.Accepted accepted =
                customerMessages.accept(conversation.id, checked.text(), request.clientMessageId());
        return Response.accepted(new ChatDtos.MessageAccepted(
                        accepted.messageId().toString(), accepted.seq(), accepted.duplicate()))
                .build();
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "Read the transcript", description = "Items after the given sequence number, oldest first.")
    public List<ChatDtos.TranscriptItem> transcript(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("after") String after) {
        ConversationEntity conversation = access.authorize(id, authorization, null);
        long afterSeq = sequence(after, "after");
        return QuarkusTransaction.requiringNew()
                .call(() -> TranscriptItemEntity.after(
                                conversation.id, afterSeq, config.chat().pageSize())
                        .stream()
                        .map(ChatDtos.TranscriptItem::of)
                        .toList());
    }

    @GET
    @Path("{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Follow the transcript",
            description = "SSE; each item's id is its seq. Resume with Last-Event-ID or ?after=.")
    public void stream(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("token") String token,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") String after,
            @Context SseEventSink sink,
            @Context Sse sse) {
        ConversationEntity conversation = access.authorize(id, authorization, token);
        long afterSeq = Math.max(sequence(lastEventId, "Last-Event-ID"), sequence(after, "after"));
        feed.follow(conversation.id, afterSeq, sink, sse);
    }

    /** The address the request came from (behind a proxy, as quarkus.http.proxy settings trust it). */
    static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    static long sequence(String value, String name) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long seq = Long.parseLong(value.trim());
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_sequence", name + " must be a non-negative whole number");
        }
    }
}
