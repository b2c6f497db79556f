package com.dianxiaoer.negotiation.persistence;

import java.io.Serializable;
import java.util.Objects;

/** The key of what a shop holds per product: its price policy, its catalogue copy. */
public class ShopProductKey implements Serializable {
    public String shopId;
    public String productId;

    public ShopProductKey() {}

    ShopProductKey(String shopId, String productId) {
        this.shopId = shopId;
        this.productId = productId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShopProductKey k
                && Objects.equals(shopId, k.shopId)
                && Objects.equals(productId, k.productId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shopId, productId);
    }
}
