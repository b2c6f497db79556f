package com.dianxiaoer.order.app;

import com.dianxiaoer.web.ApiException;

/** The refusal for an order this shop does not have (or that belongs to another shop: the same answer). */
public final class OrderNotFound {
    private OrderNotFound() {}

    public static ApiException of(String orderId) {
        return ApiException.notFound("order_not_found", "no order " + orderId + " in this shop");
    }
}
