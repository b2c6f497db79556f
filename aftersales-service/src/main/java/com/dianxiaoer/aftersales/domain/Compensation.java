package com.dianxiaoer.aftersales.domain;

import java.math.BigDecimal;

/** Something the shop gives besides solving the problem: apology, coupon, gift, partial_refund, replacement. */
public record Compensation(String kind, BigDecimal amount, String what) {

    public static Compensation apology() {
        return new Compensation("apology", null, null);
    }
}
