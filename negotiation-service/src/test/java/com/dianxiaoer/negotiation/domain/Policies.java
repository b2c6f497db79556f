package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.util.List;

/** Policies shaped like the demo shop's, for the example tests. */
final class Policies {
    static final PricePolicy COAT_TAOBAO = new PricePolicy("demo", "wool-coat", "羊毛双面呢大衣", new BigDecimal("899"), new BigDecimal("829"),
            PricePolicy.PlatformMode.adjustable, new BigDecimal("30"), 3,
            List.of(new PricePolicy.Gift("羊毛围巾小样", 5)), new PricePolicy.Shipping(new BigDecimal("12"), new BigDecimal("299"), true),
            List.of(new PricePolicy.SpendSave(new BigDecimal("299"), new BigDecimal("30"))),
            List.of(new PricePolicy.Coupon("新客券", new BigDecimal("10"), new BigDecimal("100"))),
            List.of(new PricePolicy.QuantityTier(2, new BigDecimal("859"))));
    static final PricePolicy COAT_TMALL = new PricePolicy("demo", "wool-coat", "羊毛双面呢大衣", new BigDecimal("899"), new BigDecimal("899"),
            PricePolicy.PlatformMode.fixed, BigDecimal.ZERO, 2,
            List.of(new PricePolicy.Gift("衣物护理包", 3)), new PricePolicy.Shipping(new BigDecimal("12"), null, true),
            List.of(), List.of(), List.of());
    static final PricePolicy TEE = new PricePolicy("demo", "cotton-tee", "新疆长绒棉T恤", new BigDecimal("99"), new BigDecimal("89"),
            PricePolicy.PlatformMode.adjustable, new BigDecimal("5"), 2, List.of(), null, List.of(), List.of(), List.of());

    private Policies() {
    }
}
