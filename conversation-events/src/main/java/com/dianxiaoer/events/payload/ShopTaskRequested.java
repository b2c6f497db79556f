package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * Something the bot told the customer the shop will do, for the shop's own systems or people to do it (order.events,
 * aftersales.events): chase the courier about a late parcel, have a shipped parcel redirected, grant a coupon. Every
 * reply that states such an action is published with this event in the same transaction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShopTaskRequested(
        String task,
        String orderId,
        String caseId,
        String courier,
        String waybillNumber,
        BigDecimal amount,
        String note)
        implements Payload {
    public static final Set<String> TASKS = Set.of("chase_courier", "redirect_parcel", "grant_coupon");

    public ShopTaskRequested {
        Objects.requireNonNull(task, "task");
        if (!TASKS.contains(task)) {
            throw new IllegalArgumentException("unknown shop task " + task);
        }
    }
}
