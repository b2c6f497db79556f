package com.dianxiaoer.web;

/**
 * A service's way to recognise a shop's signed-in admin, who may manage that one shop's settings under
 * {@code /api/v1/admin/shops/{shopId}} without the platform's ops key (the service that holds the accounts implements it).
 */
public interface ShopAdminSessions {
    /** @throws ApiException 503 when the sessions cannot be checked just now (not the same as "not an admin") */
    boolean isAdminOf(String shopId, String authorization);
}
