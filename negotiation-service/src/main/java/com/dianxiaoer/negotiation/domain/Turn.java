package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The negotiator's answer to one message: the replies now, one reply after the "let me ask my supervisor"
 * pause (or null), every price the replies name (so it can be checked against the floor), and the deal or the
 * end, if the bargaining closed.
 */
public record Turn(
        NegotiationState state, List<Reply> replies, Reply delayed, List<Offer> offers, Deal deal, String endedReason) {

    public Turn {
        replies = List.copyOf(replies);
        offers = List.copyOf(offers);
    }

    public record Reply(String text, List<String> quickReplies) {
        public Reply {
            quickReplies = List.copyOf(quickReplies);
        }
    }

    /**
     * A price a reply names: the unit price of a product for a quantity, its total (unit × quantity) and what the
     * shopper pays for it after the promotions ({@code payable}). Every amount a reply writes is one of the three.
     */
    public record Offer(String productId, BigDecimal unitPrice, int quantity, BigDecimal payable) {
        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** The deal: {@code payable} is what the shopper pays for all of it after the promotions. */
    public record Deal(
            String productId,
            String productName,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal payable,
            List<String> gifts,
            boolean freeShipping) {
        public Deal {
            gifts = List.copyOf(gifts);
        }
    }
}
