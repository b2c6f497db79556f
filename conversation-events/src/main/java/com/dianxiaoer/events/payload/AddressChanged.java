package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.util.Objects;

/**
 * The customer corrected the receiving address of an order before it shipped (order.events). Carries only the
 * region and a masked line: the stream is read by analysts, and the full address stays in order-service.
 */
public record AddressChanged(String orderId, int version, String region, String maskedAddress) implements Payload {

    public AddressChanged {
        Objects.requireNonNull(orderId, "orderId");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }
}
