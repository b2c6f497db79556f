package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;

/** Something the customer won: a gift, free shipping, or a lower unit price. */
public record Concession(Kind kind, String gift, BigDecimal unitPrice) {

    public enum Kind {
        gift,
        free_shipping,
        price
    }

    public static Concession gift(String name) {
        return new Concession(Kind.gift, name, null);
    }

    public static Concession freeShipping() {
        return new Concession(Kind.free_shipping, null, null);
    }

    public static Concession price(BigDecimal unitPrice) {
        return new Concession(Kind.price, null, unitPrice);
    }
}
