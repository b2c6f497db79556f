package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.persistence.AllowedOrigins;
import com.dianxiaoer.web.ErrorMappers;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS for the widget, per shop: a page may call the chat API (/api/v1/conversations/**) and the public catalogue
 * (/api/v1/shops/**) from a browser only when its origin is one of the shop's allowed origins (shop admin API,
 * {@code allowedOrigins}). A conversation's calls are checked against its shop's origins; opening one is checked
 * against the shop named in the body, so its preflight (which has no body) is answered for any shop's origin.
 * No credentials (cookies) are ever allowed: the widget sends its conversation token itself.
 */
public class CorsFilter {
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String EXPOSE = "Access-Control-Expose-Headers";
    private static final Pattern SHOP_PATH = Pattern.compile("/api/v1/shops/([^/]+)(/.*)?");
    private static final Pattern CONVERSATION_PATH = Pattern.compile("/api/v1/conversations/([^/]+)(/.*)?");
    private static final String OPEN_PATH = "/api/v1/conversations";

    @Inject
    AllowedOrigins allowedOrigins;

    /** Answers the preflight; for other requests, sets the allow header where the path names the shop or conversation. */
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> request(ContainerRequestContext request, HttpServerRequest http) {
        String origin = request.getHeaderString("Origin");
        String path = request.getUriInfo().getPath();
        if (origin == null || !covered(path)) {
            return Uni.createFrom().nullItem();
        }
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeaderString("Access-Control-Request-Method") != null;
        boolean opening = path.equals(OPEN_PATH) || path.equals(OPEN_PATH + "/");
        if (!preflight && opening) {
            return Uni.createFrom().nullItem(); // decided in the response filter, which knows the shop
        }
        return Uni.createFrom()
                .item(() -> origins(path))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(allowed -> {
                    boolean ok = allowed.contains(origin);
                    if (preflight) {
                        if (!ok) {
                            return ErrorMappers.error(
                                    403,
                                    "origin_not_allowed",
                                    "the origin " + origin + " is not allowed for this shop");
                        }
                        return Response.noContent()
                                .header(ALLOW_ORIGIN, origin)
                                .header("Vary", "Origin")
                                .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                                .header("Access-Control-Allow-Headers", "Authorization, Content-Type, Last-Event-ID")
                                .header("Access-Control-Max-Age", "600")
                                .build();
                    }
                    // Straight onto the HTTP response, so a streamed (SSE) answer carries it too.
                    http.response().headers().add("Vary", "Origin");
                    if (ok) {
                        http.response().putHeader(ALLOW_ORIGIN, origin);
                        http.response().putHeader(EXPOSE, "Retry-After"); // the widget waits as long as a 429 says
                    }
                    return null;
                });
    }

    /** Opening a conversation: allowed for the opened conversation's shop; a refusal is readable by any shop's origin. */
    @ServerResponseFilter
    public Uni<Void> response(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        String path = request.getUriInfo().getPath();
        if (origin == null
                || !"POST".equals(request.getMethod())
                || !(path.equals(OPEN_PATH) || path.equals(OPEN_PATH + "/"))) {
            return Uni.createFrom().voidItem();
        }
        Object entity = response.getEntity();
        return Uni.createFrom()
                .item(() -> entity instanceof ChatDtos.ConversationOpened opened
                        ? allowedOrigins.ofConversation(UUID.fromString(opened.conversationId()))
                        : allowedOrigins.ofAnyShop())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .invoke(allowed -> {
                    response.getHeaders().add("Vary", "Origin");
                    if (allowed.contains(origin)) {
                        response.getHeaders().putSingle(ALLOW_ORIGIN, origin);
                        response.getHeaders().putSingle(EXPOSE, "Retry-After");
                    }
                })
                .replaceWithVoid();
    }

    private static boolean covered(String path) {
        return path.startsWith("/api/v1/shops/") || path.equals(OPEN_PATH) || path.startsWith(OPEN_PATH + "/");
    }

    private Set<String> origins(String path) {
        if (path.equals(OPEN_PATH) || path.equals(OPEN_PATH + "/")) {
            return allowedOrigins.ofAnyShop();
        }
        Matcher shop = SHOP_PATH.matcher(path);
        if (shop.matches()) {
            return allowedOrigins.ofShop(shop.group(1));
        }
        Matcher conversation = CONVERSATION_PATH.matcher(path);
        if (conversation.matches()) {
            try {
                return allowedOrigins.ofConversation(UUID.fromString(conversation.group(1)));
            } catch (IllegalArgumentException e) {
                return Set.of();
            }
        }
        return Set.of();
    }
}
