package com.dianxiaoer.greeting.api;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.greeting.app.RateLimits;
import com.dianxiaoer.greeting.app.ShopAccounts;
import com.dianxiaoer.greeting.app.SignedInAgent;
import com.dianxiaoer.greeting.app.Workbench;
import com.dianxiaoer.greeting.config.GreetingConfig;
import com.dianxiaoer.greeting.domain.CustomerText;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.BearerTokens;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agent workbench's API: a shop's people sign in, see who waits for a person, read a conversation with what the
 * bot knows, take it, answer, and hand it back or close it. Everything but sign-in needs the session's bearer token,
 * and shows only the agent's own shop.
 */
@Path("/api/v1/agent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent workbench", description = "A shop's people answer after a handoff")
public class AgentResource {
    @Inject
    ShopAccounts accounts;

    @Inject
    AgentAccess access;

    @Inject
    Workbench workbench;

    @Inject
    GreetingConfig config;

    @Inject
    RateLimits rateLimits;

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign in with the shop's account",
            description = "401 invalid_credentials for a wrong shop, username or password alike.")
    public WorkbenchDtos.SignedIn signIn(
            @Valid @NotNull(message = "send shopId, username and password") WorkbenchDtos.SignIn request,
            @Context HttpServerRequest http) {
        rateLimits.admitSignIn(request.shopId(), request.username(), ConversationResource.clientAddress(http));
        ShopAccounts.Session session = accounts.signIn(request.shopId(), request.username(), request.password());
        return new WorkbenchDtos.SignedIn(
                session.token(), session.expiresAt(), WorkbenchDtos.Account.of(session.agent()));
    }

    @POST
    @Path("sign-out")
    @Operation(summary = "End this session")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerTokens.fromHeader(authorization);
        if (token != null && !token.isBlank()) {
            accounts.signOut(token);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in account")
    public WorkbenchDtos.Account me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return WorkbenchDtos.Account.of(access.agent(authorization));
    }

    @GET
    @Path("links")
    @Operation(
            summary = "The pages the workbench links to",
            description = "insights: the shop owner's figures, for a shop admin, where insights-service is set up.")
    public WorkbenchDtos.Links links(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SignedInAgent agent = access.agent(authorization);
        boolean admin = SignedInAgent.SHOP_ADMIN.equals(agent.role());
        return new WorkbenchDtos.Links(
                admin ? config.workbench().insightsUrl().map(URI::toString).orElse(null) : null);
    }

    @GET
    @Path("queue")
    @Operation(summary = "The shop's conversations with a person, the longest waiting first")
    public List<Workbench.Waiting> queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return workbench.queue(access.agent(authorization));
    }

    @GET
    @Path("conversations/{id}")
    @Operation(summary = "A conversation: its transcript and a summary of what the bot knows")
    public WorkbenchDtos.Conversation conversation(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        return WorkbenchDtos.Conversation.of(workbench.view(access.agent(authorization), id));
    }

    @GET
    @Path("conversations/{id}/messages")
    @Operation(summary = "The transcript after a sequence number")
    public List<ChatDtos.TranscriptItem> messages(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id,
            @QueryParam("after") String after) {
        SignedInAgent agent = access.agent(authorization);
        return workbench
                .transcriptAfter(
                        agent,
                        id,
                        ConversationResource.sequence(after, "after"),
                        config.chat().pageSize())
                .stream()
                .map(ChatDtos.TranscriptItem::of)
                .toList();
    }

    @POST
    @Path("conversations/{id}/take")
    @Operation(summary = "Take the conversation", description = "409 taken_by_another when another agent has it.")
    public WorkbenchDtos.Conversation take(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        return WorkbenchDtos.Conversation.of(workbench.take(access.agent(authorization), id));
    }

    @POST
    @Path("conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer the customer",
            description =
                    "Reaches the widget as an agent message; once per clientMessageId. Takes an untaken conversation.")
    public Response reply(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id,
            @Valid @NotNull(message = "send a JSON body with text") WorkbenchDtos.AgentMessage request) {
        SignedInAgent agent = access.agent(authorization);
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
        Workbench.Sent sent = workbench.reply(agent, id, checked.text(), request.clientMessageId());
        return Response.accepted(
                        new ChatDtos.MessageAccepted(sent.item().id.toString(), sent.item().seq, sent.duplicate()))
                .build();
    }

    @POST
    @Path("conversations/{id}/hand-back")
    @Operation(summary = "Give the conversation back to the bot")
    public WorkbenchDtos.Done handBack(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        workbench.handBack(access.agent(authorization), id);
        return new WorkbenchDtos.Done(id, Stage.greeting);
    }

    @POST
    @Path("conversations/{id}/close")
    @Operation(
            summary = "End the person's service",
            description = "A customer a person answered is asked to rate the service.")
    public WorkbenchDtos.Done close(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        workbench.close(access.agent(authorization), id);
        return new WorkbenchDtos.Done(id, Stage.greeting);
    }

    @GET
    @Path("accounts")
    @Operation(summary = "The shop's accounts (shop admins)")
    public List<WorkbenchDtos.Account> accounts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return accounts.ofShop(access.shopAdmin(authorization).shopId()).stream()
                .map(WorkbenchDtos.Account::of)
                .toList();
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an agent or admin to the shop (shop admins)")
    public Response addAccount(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @NotNull(message = "send username, name, role and password") WorkbenchDtos.NewAccount request) {
        SignedInAgent admin = access.shopAdmin(authorization);
        SignedInAgent created =
                accounts.create(admin.shopId(), request.username(), request.name(), request.role(), request.password());
        return Response.status(201).entity(WorkbenchDtos.Account.of(created)).build();
    }
}
