package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a price is written in a reply: "¥899", "¥99.5". Every unit price or total a reply names uses it. */
public final class Yuan {
    private Yuan() {}

    public static String of(BigDecimal amount) {
        return "¥" + plain(amount);
    }

    /** An amount that is not a price of the product (a threshold, a discount): written without the ¥ sign. */
    public static String plain(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return scaled.scale() < 0 ? scaled.setScale(0).toPlainString() : scaled.toPlainString();
    }
}
