package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;

/** A product of the shop as its catalogue lists it: what a shopper asking for cheaper items can be shown. */
public record ShopItem(String productId, String name, BigDecimal listPrice, boolean inStock) {
}
