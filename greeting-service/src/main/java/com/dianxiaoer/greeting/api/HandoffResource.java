package com.dianxiaoer.greeting.api;

import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.ErrorMappers;
import com.dianxiaoer.greeting.persistence.Conversations;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Conversations waiting for a person, and the release that gives one back to the bot. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "handoff")
public class HandoffResource {
    @Inject
    Conversations conversations;

    @GET
    @Path("handoffs")
    @Operation(summary = "A shop's conversations waiting for a person, longest waiting first")
    public List<Waiting> waiting(@QueryParam("shopId") String shopId) {
        if (shopId == null || shopId.isBlank()) {
            throw ApiException.badRequest("invalid_request", "name the shop: ?shopId=<id>");
        }
        return conversations.waitingForAgent(shopId).stream()
                .map(c -> new Waiting(c.id.toString(), c.customerId, c.updatedAt)).toList();
    }

    @POST
    @Path("conversations/{id}/release")
    @Operation(summary = "Give a conversation back to the bot")
    public Released release(@PathParam("id") String id) {
        UUID conversationId;
        try {
            conversationId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("conversation_not_found", "no conversation " + id);
        }
        if (!conversations.release(conversationId)) {
            throw ApiException.conflict("not_waiting_for_agent", "conversation " + id + " is not waiting for a person");
        }
        return new Released(id, "greeting");
    }

    public record Waiting(String conversationId, String customerId, Instant since) {
    }

    public record Released(String conversationId, String stage) {
    }
}
