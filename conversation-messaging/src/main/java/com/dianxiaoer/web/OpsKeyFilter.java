package com.dianxiaoer.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guards the APIs that are not the customer's (shop admin, NLU, the shop's order system) with the ops API key, in
 * every service, when the deployment sets one. Which paths a service guards is its own setting. A shop's own signed-in
 * admin passes too, for that shop's paths, where the service knows the shop's accounts (ShopAdminSessions).
 */
public class OpsKeyFilter {
    static final String HEADER = "X-Api-Key";
    private static final Pattern SHOP_PATH = Pattern.compile("^/api/v1/admin/shops/([^/]+)(/.*)?$");

    @ConfigProperty(name = "dianxiaoer.ops.api-key")
    Optional<String> apiKey;
    @ConfigProperty(name = "dianxiaoer.ops.guarded-paths", defaultValue = "/api/v1/admin")
    List<String> guardedPaths;
    @Inject
    Instance<ShopAdminSessions> shopAdmins;

    @ServerRequestFilter
    public Optional<Response> requireOpsKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (apiKey.isEmpty() || guardedPaths.stream().noneMatch(path::startsWith)) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        boolean ok = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.get().getBytes(StandardCharsets.UTF_8));
        if (!ok && shopAdmins.isResolvable()) {
            Matcher shop = SHOP_PATH.matcher(path);
            String authorization = request.getHeaderString("Authorization");
            ok = shop.matches() && authorization != null && shopAdmins.get().isAdminOf(shop.group(1), authorization);
        }
        return ok ? Optional.empty()
                : Optional.of(ErrorMappers.error(401, "invalid_api_key", "send the ops API key in the " + HEADER + " header"));
    }
}
