package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How one shop bargains, whatever the product.
 *
 * @param aspiration how firmly to hold, 0 to 1: the share of the room between the starting price and the lowest
 *                   price that the ordinary concessions keep back. The supervisor's last offer gives the rest.
 * @param rounds     how many pushes the bot answers before the supervisor's last offer: the first with the value
 *                   and the promotions, the others with concessions in shrinking steps.
 * @param giftBudget what the gifts and the free shipping given in one conversation may cost the shop, in yuan.
 */
public record BargainingStyle(BigDecimal aspiration, int rounds, BigDecimal giftBudget) {

    /** Holds half of the room until the supervisor, two steps after the value reply, one gift or the shipping. */
    public static final BargainingStyle DEFAULT = new BargainingStyle(new BigDecimal("0.5"), 3, new BigDecimal("30"));

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (aspiration == null || aspiration.signum() < 0 || aspiration.compareTo(BigDecimal.ONE) > 0) {
            problems.add("aspiration must be between 0 and 1");
        }
        if (rounds < 1 || rounds > 6) {
            problems.add("rounds must be between 1 and 6");
        }
        if (giftBudget == null || giftBudget.signum() < 0 || giftBudget.compareTo(new BigDecimal("10000")) > 0) {
            problems.add("giftBudget must be between 0 and 10000");
        }
        return problems;
    }

    /**
     * The unit price after the {@code move}-th ordinary concession: from {@code start} toward what the aspiration
     * keeps, each step smaller than the one before, so the shopper sees the bot nearing its limit.
     */
    BigDecimal afterMove(int move, BigDecimal start, BigDecimal lowest) {
        int moves = rounds - 1;
        if (move <= 0 || moves <= 0) {
            return start;
        }
        BigDecimal room = start.subtract(lowest);
        BigDecimal held = lowest.add(room.multiply(aspiration)).setScale(0, RoundingMode.CEILING).min(start);
        double left = 1 - Math.min(move, moves) / (double) moves;
        BigDecimal given = start.subtract(held).multiply(BigDecimal.valueOf(1 - left * left));
        return start.subtract(given).setScale(0, RoundingMode.HALF_UP).max(held).min(start);
    }
}
