package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order of the shop moved on (order.events): created, paid, shipped, delivered, cancelled, or a new tracking
 * event for its parcel. {@code version} is the shop's own order version, so a reader can drop what is stale.
 * No name, phone or address: those stay in order-service.
 */
public record OrderChanged(
        String orderId,
        int version,
        String status,
        String previousStatus,
        String change,
        BigDecimal total,
        String courier,
        String waybillNumber,
        String trackingStatus)
        implements Payload {

    public OrderChanged {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(change, "change");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }
}
