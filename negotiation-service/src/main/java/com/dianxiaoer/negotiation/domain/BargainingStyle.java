package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How one shop bargains, whatever the product.
 *
 * @param aspiration how firmly to hold, 0 to 1: how slowly the concessions shrink. At 0 the first step gives 70% of
 *                   the room between the starting and the lowest price; towards 1 each step gives nearly as much as
 *                   the one before, so more of the room is held until later.
 * @param rounds     how many pushes the bot answers before the supervisor's last offer: the first with the value
 *                   and the promotions, the others with concessions. The last offer is the last and smallest step.
 * @param giftBudget what the gifts and the free shipping given in one conversation may cost the shop, in yuan.
 */
public record BargainingStyle(BigDecimal aspiration, int rounds, BigDecimal giftBudget) {

    /** Steps that shrink by about a third each time, two of them after the value reply, one gift or the shipping. */
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
     * The unit price after the {@code move}-th of the {@code rounds} price moves, the last of which (the
     * supervisor's) reaches {@code lowest}: each step smaller than the one before, so the shopper sees the bot
     * nearing its limit.
     */
    BigDecimal afterMove(int move, BigDecimal start, BigDecimal lowest) {
        if (move <= 0) {
            return start;
        }
        if (move >= rounds) {
            return lowest;
        }
        double ratio = 0.3 + 0.65 * aspiration.doubleValue();
        double share = (1 - Math.pow(ratio, move)) / (1 - Math.pow(ratio, rounds));
        BigDecimal given = start.subtract(lowest).multiply(BigDecimal.valueOf(share));
        return start.subtract(given)
                .setScale(0, RoundingMode.HALF_UP)
                .max(lowest)
                .min(start);
    }
}
