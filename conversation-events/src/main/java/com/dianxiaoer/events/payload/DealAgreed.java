package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Bargaining ended in agreement (negotiation.events). order-service turns it into the order's remarks for the
 * warehouse once the matching order arrives: the agreed unit price, the promised gifts, the shipping terms.
 */
public record DealAgreed(
        String productId,
        String productName,
        int quantity,
        BigDecimal unitPrice,
        List<String> gifts,
        boolean freeShipping,
        int concessions)
        implements Payload {

    public DealAgreed {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        gifts = gifts == null ? List.of() : List.copyOf(gifts);
    }
}
