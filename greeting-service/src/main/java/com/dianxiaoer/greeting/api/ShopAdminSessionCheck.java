package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.ShopAccounts;
import com.dianxiaoer.web.BearerTokens;
import com.dianxiaoer.web.ShopAdminSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A shop admin's workbench session opens that shop's settings, catalogue, examples and accounts, and no other shop's. */
@ApplicationScoped
public class ShopAdminSessionCheck implements ShopAdminSessions {
    @Inject
    ShopAccounts accounts;

    @Override
    public boolean isAdminOf(String shopId, String authorization) {
        String token = BearerTokens.fromHeader(authorization);
        return token != null
                && !token.isBlank()
                && accounts.byToken(token)
                        .filter(a -> a.isShopAdmin() && a.shopId().equals(shopId))
                        .isPresent();
    }
}
