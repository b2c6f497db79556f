package com.dianxiaoer.greeting.api;

import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.ErrorMappers;
import com.dianxiaoer.greeting.config.GreetingConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Guards the shop-operator APIs (admin, NLU) with the ops API key, when the deployment sets one. */
public class OpsKeyFilter {
    static final String HEADER = "X-Api-Key";

    @Inject
    GreetingConfig config;

    @ServerRequestFilter
    public Optional<Response> requireOpsKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (config.ops().apiKey().isEmpty() || !(path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/nlu"))) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        boolean ok = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.ops().apiKey().get().getBytes(StandardCharsets.UTF_8));
        return ok ? Optional.empty()
                : Optional.of(ErrorMappers.error(401, "invalid_api_key", "send the ops API key in the " + HEADER + " header"));
    }
}
