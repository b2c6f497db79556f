package com.dianxiaoer.greeting.app;

import java.util.UUID;

/** Who is calling the workbench API: one account of one shop. */
public record SignedInAgent(UUID accountId, String shopId, String username, String name, String role) {
    public static final String AGENT = "agent";
    public static final String SHOP_ADMIN = "shop_admin";

    public boolean isShopAdmin() {
        return SHOP_ADMIN.equals(role);
    }
}
