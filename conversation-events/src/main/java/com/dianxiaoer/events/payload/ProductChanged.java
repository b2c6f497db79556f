package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product of a shop's catalogue as it now is (catalogue.events): greeting-service owns the catalogue and
 * announces every change, so the other services keep a copy of the name, the list price and the stock instead of
 * a second source. The envelope's key for these records is {@code product:<shopId>:<productId>}, not a
 * conversation: one product's changes stay in order, and a compacted topic keeps each product's latest.
 */
public record ProductChanged(String productId, String name, BigDecimal listPrice, int stock) implements Payload {

    public ProductChanged {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(listPrice, "listPrice");
        if (listPrice.signum() < 0) {
            throw new IllegalArgumentException("listPrice must be 0 or more");
        }
        if (stock < 0) {
            throw new IllegalArgumentException("stock must be 0 or more");
        }
    }

    /** The envelope's conversationId (and so the Kafka key) of a product's records. */
    public static String key(String shopId, String productId) {
        return "product:" + shopId + ":" + productId;
    }
}
