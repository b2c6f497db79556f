package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.util.Objects;

/** Bargaining over a product ended without a deal (negotiation.events); {@code reason}: customer_left, superseded. */
public record NegotiationEnded(String productId, String reason, int rounds, int concessions) implements Payload {

    public NegotiationEnded {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(reason, "reason");
    }
}
