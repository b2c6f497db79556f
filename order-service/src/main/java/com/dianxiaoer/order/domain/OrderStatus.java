package com.dianxiaoer.order.domain;

import java.util.Set;

/** Where an order stands in the shop's order system. The moves follow the marketplace's own order life cycle. */
public enum OrderStatus {
    created,
    paid,
    shipped,
    delivered,
    cancelled;

    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case created -> Set.of(paid, cancelled).contains(next);
            // A paid order may still be cancelled (refunded) until it leaves the warehouse.
            case paid -> Set.of(shipped, cancelled).contains(next);
            case shipped -> next == delivered;
            case delivered, cancelled -> false;
        };
    }

    public boolean beforeShipment() {
        return this == created || this == paid;
    }

    /** An order becomes shipped only with its parcel named: the courier and the waybill number. */
    public boolean needsParcel() {
        return this == shipped;
    }
}
