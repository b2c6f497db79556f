package com.dianxiaoer.aftersales.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What after-sales knows of an order, from order-service's events: its status, value, parcel and the moments it
 * was paid and delivered (the delivery starts the no-reason return window).
 */
public record OrderFacts(
        String orderId,
        int version,
        String status,
        BigDecimal total,
        String courier,
        String trackingStatus,
        Instant paidAt,
        Instant shippedAt,
        Instant deliveredAt) {

    public boolean delivered() {
        return "delivered".equals(status);
    }

    public boolean shipped() {
        return "shipped".equals(status);
    }

    /** Paid (or just created) and not yet handed to a courier. */
    public boolean notShippedYet() {
        return "paid".equals(status) || "created".equals(status);
    }
}
