package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;

/**
 * A product of the shop as its catalogue lists it: what a shopper asking for cheaper items can be shown.
 * {@code stock} is null until the catalogue has said it.
 */
public record ShopItem(String productId, String name, BigDecimal listPrice, Integer stock) {

    public boolean inStock() {
        return stock != null && stock > 0;
    }

    public boolean soldOut() {
        return stock != null && stock == 0;
    }
}
