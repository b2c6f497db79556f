package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.ShopAccounts;
import com.dianxiaoer.greeting.app.SignedInAgent;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The signed-in agent behind a workbench request's "Authorization: Bearer <session token>". */
@ApplicationScoped
public class AgentAccess {
    @Inject
    ShopAccounts accounts;

    public SignedInAgent agent(String authorization) {
        String token = BearerTokens.fromHeader(authorization);
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized(
                    "not_signed_in",
                    "sign in first: POST /api/v1/agent/sign-in, then send 'Authorization: Bearer <token>'");
        }
        return accounts.byToken(token)
                .orElseThrow(() -> ApiException.unauthorized(
                        "not_signed_in", "the session has ended or never was; sign in again"));
    }

    public SignedInAgent shopAdmin(String authorization) {
        SignedInAgent agent = agent(authorization);
        if (!agent.isShopAdmin()) {
            throw ApiException.forbidden("shop_admin_only", "only a shop admin manages the shop's accounts");
        }
        return agent;
    }
}
