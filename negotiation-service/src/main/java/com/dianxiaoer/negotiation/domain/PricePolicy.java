package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the shop allows for one product. The floor is the lowest unit price the bot may ever name. In
 * {@link PlatformMode#fixed} mode (Tmall) the price itself never moves and only gifts and shipping can be given;
 * in {@link PlatformMode#adjustable} mode (a Taobao shop) it may come down by {@code priceStep} at a time, at most
 * two steps, never below the floor. {@code maxConcessions} caps what one conversation can win in all.
 */
public record PricePolicy(
        String shopId,
        String productId,
        String productName,
        BigDecimal listPrice,
        BigDecimal floorPrice,
        PlatformMode mode,
        BigDecimal priceStep,
        int maxConcessions,
        List<Gift> gifts,
        Shipping shipping,
        List<SpendSave> spendSaves,
        List<Coupon> coupons,
        List<QuantityTier> tiers) {

    public static final int MAX_PRICE_STEPS = 2;

    public PricePolicy {
        gifts = List.copyOf(gifts);
        spendSaves = List.copyOf(spendSaves);
        coupons = List.copyOf(coupons);
        tiers = List.copyOf(tiers);
        priceStep = priceStep == null ? BigDecimal.ZERO : priceStep;
    }

    public enum PlatformMode { fixed, adjustable }

    /** A small present the shop can add to an order; {@code stock} is how many are left to promise. */
    public record Gift(String name, int stock) {
    }

    /** Shipping costs {@code fee} unless the order reaches {@code freeOver}; {@code waivable}: free shipping may be given as a concession. */
    public record Shipping(BigDecimal fee, BigDecimal freeOver, boolean waivable) {
    }

    /** 满{threshold}减{off}: a shop-wide promotion anyone gets at checkout. */
    public record SpendSave(BigDecimal threshold, BigDecimal off) {
    }

    public record Coupon(String name, BigDecimal amount, BigDecimal minSpend) {
    }

    /** Buying at least {@code minQuantity} makes each one cost {@code unitPrice}. */
    public record QuantityTier(int minQuantity, BigDecimal unitPrice) {
    }

    /** The rules a policy must keep before it is stored; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (listPrice == null || listPrice.signum() <= 0) {
            problems.add("listPrice must be above 0");
        }
        if (floorPrice == null || floorPrice.signum() <= 0) {
            problems.add("floorPrice must be above 0");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (floorPrice.compareTo(listPrice) > 0) {
            problems.add("floorPrice must not be above listPrice");
        }
        if (priceStep.signum() < 0) {
            problems.add("priceStep must not be negative");
        }
        if (mode == PlatformMode.adjustable && priceStep.signum() == 0 && floorPrice.compareTo(listPrice) < 0) {
            problems.add("an adjustable policy with room below the list price needs a priceStep above 0");
        }
        if (maxConcessions < 0 || maxConcessions > 5) {
            problems.add("maxConcessions must be between 0 and 5");
        }
        for (Gift g : gifts) {
            if (g.name() == null || g.name().isBlank() || g.stock() < 0) {
                problems.add("a gift needs a name and a stock of 0 or more");
            }
        }
        if (shipping != null && (shipping.fee() == null || shipping.fee().signum() < 0)) {
            problems.add("shipping.fee must be 0 or more");
        }
        for (QuantityTier t : tiers) {
            if (t.minQuantity() < 2 || t.unitPrice() == null || t.unitPrice().compareTo(floorPrice) < 0 || t.unitPrice().compareTo(listPrice) > 0) {
                problems.add("a quantity tier needs minQuantity >= 2 and a unitPrice between floorPrice and listPrice");
            }
        }
        for (SpendSave s : spendSaves) {
            if (s.threshold() == null || s.off() == null || s.off().signum() <= 0 || s.off().compareTo(s.threshold()) >= 0) {
                problems.add("a spend-save needs 0 < off < threshold");
            }
        }
        for (Coupon c : coupons) {
            if (c.name() == null || c.name().isBlank() || c.amount() == null || c.amount().signum() <= 0
                    || c.minSpend() == null || c.amount().compareTo(c.minSpend()) >= 0) {
                problems.add("a coupon needs a name and 0 < amount < minSpend");
            }
        }
        return problems;
    }

    /** The unit price after {@code steps} price concessions: never below the floor, and unchanged in fixed mode. */
    public BigDecimal priceAfterSteps(int steps) {
        if (mode == PlatformMode.fixed || steps <= 0) {
            return listPrice;
        }
        BigDecimal lowered = listPrice.subtract(priceStep.multiply(BigDecimal.valueOf(Math.min(steps, MAX_PRICE_STEPS))));
        return lowered.max(floorPrice);
    }

    /** The best quantity tier for a quantity, if any applies. */
    public Optional<QuantityTier> tierFor(int quantity) {
        return tiers.stream().filter(t -> quantity >= t.minQuantity())
                .min((a, b) -> a.unitPrice().compareTo(b.unitPrice()));
    }

    public Optional<Gift> giftInStock() {
        return gifts.stream().filter(g -> g.stock() > 0).findFirst();
    }

    /** The policy once a deal has promised these gifts: one of each fewer to promise the next customer. */
    public PricePolicy afterPromising(List<String> promised) {
        List<Gift> left = gifts.stream()
                .map(g -> promised.contains(g.name()) ? new Gift(g.name(), Math.max(0, g.stock() - 1)) : g).toList();
        return new PricePolicy(shopId, productId, productName, listPrice, floorPrice, mode, priceStep, maxConcessions,
                left, shipping, spendSaves, coupons, tiers);
    }

    public boolean shipsFreeFor(BigDecimal orderTotal) {
        return shipping == null || shipping.fee().signum() == 0
                || (shipping.freeOver() != null && orderTotal.compareTo(shipping.freeOver()) >= 0);
    }
}
