package com.dianxiaoer.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards the APIs that are not the customer's (shop admin, NLU, the shop's order system) with the ops API key, in
 * every service. Which paths a service guards is its own setting. A deployment without a key keeps them closed, but
 * for dev mode and tests ({@code dianxiaoer.ops.open-without-key}). A shop's own signed-in admin passes too, for that
 * shop's paths, where the service knows the shop's accounts (ShopAdminSessions); OpsCaller tells the two apart.
 */
public class OpsKeyFilter {
    static final String HEADER = "X-Api-Key";
    private static final Pattern SHOP_PATH = Pattern.compile("^/api/v1/admin/shops/([^/]+)(/.*)?$");

    @ConfigProperty(name = "dianxiaoer.ops.api-key")
    Optional<String> apiKey;

    @ConfigProperty(name = "dianxiaoer.ops.guarded-paths", defaultValue = "/api/v1/admin")
    List<String> guardedPaths;

    @ConfigProperty(name = "dianxiaoer.ops.open-without-key", defaultValue = "false")
    boolean openWithoutKey;

    @Inject
    Instance<ShopAdminSessions> shopAdmins;

    @Inject
    OpsCaller caller;

    @ServerRequestFilter
    public Optional<Response> requireOpsKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (guardedPaths.stream().noneMatch(path::startsWith)) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        boolean ok = apiKey.isEmpty()
                ? openWithoutKey
                : given != null
                        && MessageDigest.isEqual(
                                given.getBytes(StandardCharsets.UTF_8),
                                apiKey.get().getBytes(StandardCharsets.UTF_8));
        if (ok) {
            caller.operator();
        }
        if (!ok && shopAdmins.isResolvable()) {
            Matcher shop = SHOP_PATH.matcher(path);
            String authorization = request.getHeaderString("Authorization");
            try {
                ok = shop.matches()
                        && authorization != null
                        && shopAdmins.get().isAdminOf(shop.group(1), authorization);
            } catch (ApiException e) {
                return Optional.of(ErrorMappers.error(e.status(), e.code(), e.getMessage()));
            }
        }
        return ok
                ? Optional.empty()
                : Optional.of(ErrorMappers.error(
                        401,
                        "invalid_api_key",
                        apiKey.isEmpty()
                                ? "this deployment sets no ops API key (DIANXIAOER_OPS_API_KEY), so the ops API is closed; a shop's admin may sign in at the workbench"
                                : "send the ops API key in the " + HEADER + " header"));
    }
}
