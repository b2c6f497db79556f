package com.dianxiaoer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * For the services that do not hold the shops' accounts: a shop admin's workbench session is asked of the service that
 * does (greeting-service, {@code GET /api/v1/agent/me} at {@code dianxiaoer.workbench.sessions-url}), and the answer is
 * kept for half a minute, so that one shop's admin manages that shop's rules here too without the platform's ops key.
 * Unset, only the ops key opens the admin API.
 */
@DefaultBean
@ApplicationScoped
public class RemoteShopAdminSessions implements ShopAdminSessions {
    private static final Logger LOG = Logger.getLogger(RemoteShopAdminSessions.class);
    private static final Duration KEEP = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Known(String shopId, boolean admin, long untilNanos) {}

    @ConfigProperty(name = "dianxiaoer.workbench.sessions-url")
    Optional<URI> sessionsUrl;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Override
    public boolean isAdminOf(String shopId, String authorization) {
        if (sessionsUrl.isEmpty() || authorization == null || authorization.isBlank()) {
            return false;
        }
        String key = BearerTokens.hash(authorization);
        long now = System.nanoTime();
        Known k = known.get(key);
        if (k == null || k.untilNanos() < now) {
            k = ask(authorization, now);
            if (known.size() > 10_000) {
                known.values().removeIf(v -> v.untilNanos() < now);
            }
            known.put(key, k);
        }
        return k.admin() && shopId.equals(k.shopId());
    }

    private Known ask(String authorization, long now) {
        long until = now + KEEP.toNanos();
        try {
            HttpRequest request = HttpRequest.newBuilder(sessionsUrl.get().resolve("/api/v1/agent/me"))
                    .timeout(Duration.ofSeconds(3))
                    .header("Authorization", authorization)
                    .GET()
                    .build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                return new Known(null, false, until);
            }
            if (answer.statusCode() != 200) {
                throw unavailable("HTTP " + answer.statusCode());
            }
            JsonNode account = JSON.readTree(answer.body());
            return new Known(
                    account.path("shopId").asText(null),
                    "shop_admin".equals(account.path("role").asText()),
                    until);
        } catch (IOException e) {
            throw unavailable(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    /**
     * The session could not be checked (greeting-service down or failing): a 503 and nothing kept, so the next request
     * asks again, rather than a 401 that tells the page its admin signed out.
     */
    private ApiException unavailable(String why) {
        LOG.warnf("could not check a workbench session at %s: %s", sessionsUrl.get(), why);
        return new ApiException(
                503, "sessions_unavailable", "the workbench's sessions cannot be checked right now; try again shortly");
    }
}
