package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The customer was told the outcome of a case (aftersales.events). {@code resolution}: return, refund, exchange,
 * replacement, reship, price_difference, apology, operator; {@code compensations}: what the shop gave besides
 * (apology, coupon, gift, partial_refund, replacement), {@code compensationAmount} their value in yuan where known.
 */
public record ComplaintResolved(
        String caseId,
        String orderId,
        String category,
        String severity,
        String resolution,
        List<String> compensations,
        BigDecimal compensationAmount,
        boolean shopPaysReturnShipping)
        implements Payload {

    public ComplaintResolved {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(resolution, "resolution");
        compensations = compensations == null ? List.of() : List.copyOf(compensations);
    }
}
