package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the shop allows for one product. The floor is the least the shop takes for one item: counted on what the
 * shopper finally pays, after the spend-saves and coupons the shop runs, because the bot tells every shopper about
 * them. In {@link PlatformMode#fixed} mode (Tmall) the price itself never moves and only gifts and shipping can be
 * given; in {@link PlatformMode#adjustable} mode (a Taobao shop) the bot may lower the unit price, never so far that
 * the amount paid falls under the floor. How fast it gets there is the shop's {@link BargainingStyle}.
 */
public record PricePolicy(
        String shopId,
        String productId,
        String productName,
        BigDecimal listPrice,
        BigDecimal floorPrice,
        PlatformMode mode,
        List<Gift> gifts,
        Shipping shipping,
        List<SpendSave> spendSaves,
        List<Coupon> coupons,
        List<QuantityTier> tiers) {

    /** Policies are refused when their promotions break the floor for up to this many items. */
    public static final int CHECKED_QUANTITY = 20;

    public PricePolicy {
        gifts = List.copyOf(gifts);
        spendSaves = List.copyOf(spendSaves);
        coupons = List.copyOf(coupons);
        tiers = List.copyOf(tiers);
    }

    public enum PlatformMode {
        fixed,
        adjustable
    }

    /** A small present the shop can add to an order; {@code stock} is how many are left to promise, {@code cost} what one costs the shop. */
    public record Gift(String name, int stock, BigDecimal cost) {
        public Gift {
            cost = cost == null ? BigDecimal.ZERO : cost;
        }
    }

    /** Shipping costs {@code fee} unless the order reaches {@code freeOver}; {@code waivable}: free shipping may be given as a concession. */
    public record Shipping(BigDecimal fee, BigDecimal freeOver, boolean waivable) {}

    /** 满{threshold}减{off}: a shop-wide promotion anyone gets at checkout. */
    public record SpendSave(BigDecimal threshold, BigDecimal off) {}

    public record Coupon(String name, BigDecimal amount, BigDecimal minSpend) {}

    /** Buying at least {@code minQuantity} makes each one cost {@code unitPrice}. */
    public record QuantityTier(int minQuantity, BigDecimal unitPrice) {}

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
        for (Gift g : gifts) {
            if (g.name() == null
                    || g.name().isBlank()
                    || g.stock() < 0
                    || g.cost().signum() < 0) {
                problems.add("a gift needs a name, a stock of 0 or more and a cost of 0 or more");
            }
        }
        if (shipping != null && (shipping.fee() == null || shipping.fee().signum() < 0)) {
            problems.add("shipping.fee must be 0 or more");
        }
        for (QuantityTier t : tiers) {
            if (t.minQuantity() < 2
                    || t.unitPrice() == null
                    || t.unitPrice().compareTo(floorPrice) < 0
                    || t.unitPrice().compareTo(listPrice) > 0) {
                problems.add("a quantity tier needs minQuantity >= 2 and a unitPrice between floorPrice and listPrice");
            }
        }
        for (SpendSave s : spendSaves) {
            if (s.threshold() == null
                    || s.off() == null
                    || s.off().signum() <= 0
                    || s.off().compareTo(s.threshold()) >= 0) {
                problems.add("a spend-save needs 0 < off < threshold");
            }
        }
        for (Coupon c : coupons) {
            if (c.name() == null
                    || c.name().isBlank()
                    || c.amount() == null
                    || c.amount().signum() <= 0
                    || c.minSpend() == null
                    || c.amount().compareTo(c.minSpend()) >= 0) {
                problems.add("a coupon needs a name and 0 < amount < minSpend");
            }
        }
        if (problems.isEmpty()) {
            for (int q = 1; q <= CHECKED_QUANTITY; q++) {
                BigDecimal unit = shopPrice(q);
                if (belowFloor(unit, q)) {
                    problems.add(
                            q == 1
                                    ? "the promotions alone take the list price under the floor: one item at ¥"
                                            + Yuan.plain(unit) + " is paid ¥" + Yuan.plain(payable(unit, 1))
                                    : "the promotions take " + q + " items at ¥" + Yuan.plain(unit)
                                            + " each under the floor: paid ¥" + Yuan.plain(payable(unit, q)));
                    break;
                }
            }
        }
        return problems;
    }

    /**
     * What the shopper pays for {@code quantity} at {@code unitPrice}: the best spend-save and the best coupon the
     * order total reaches are taken off, as the platform does at checkout.
     */
    public BigDecimal payable(BigDecimal unitPrice, int quantity) {
        BigDecimal total = unitPrice.multiply(BigDecimal.valueOf(quantity));
        return total.subtract(promotionsOff(total));
    }

    /** What the spend-saves and coupons take off an order total. */
    public BigDecimal promotionsOff(BigDecimal total) {
        return spendSaveAt(total)
                .map(SpendSave::off)
                .orElse(BigDecimal.ZERO)
                .add(couponAt(total).map(Coupon::amount).orElse(BigDecimal.ZERO));
    }

    /** The spend-save checkout takes for an order total: the largest it reaches. */
    public Optional<SpendSave> spendSaveAt(BigDecimal total) {
        return spendSaves.stream()
                .filter(s -> total.compareTo(s.threshold()) >= 0)
                .max(Comparator.comparing(SpendSave::off));
    }

    /** The coupon checkout takes for an order total: the largest it reaches. */
    public Optional<Coupon> couponAt(BigDecimal total) {
        return coupons.stream()
                .filter(c -> total.compareTo(c.minSpend()) >= 0)
                .max(Comparator.comparing(Coupon::amount));
    }

    public boolean belowFloor(BigDecimal unitPrice, int quantity) {
        return payable(unitPrice, quantity).compareTo(floorPrice.multiply(BigDecimal.valueOf(quantity))) < 0;
    }

    /** The shop's own unit price for a quantity: its tier's, else the list price. */
    private BigDecimal shopPrice(int quantity) {
        return tierFor(quantity).map(QuantityTier::unitPrice).orElse(listPrice).min(listPrice);
    }

    /**
     * The unit price before any bargaining for a quantity: the shop's own, raised to whole yuan only where the
     * promotions would take it under the floor (a policy is checked up to {@value #CHECKED_QUANTITY} items; a
     * list price changed in the catalogue is not), and never above the list price, the catalogue's own.
     */
    public BigDecimal startingPrice(int quantity) {
        BigDecimal price = shopPrice(quantity);
        BigDecimal q = BigDecimal.valueOf(quantity);
        for (int i = 0; i < 50 && belowFloor(price, quantity); i++) {
            price = floorPrice.multiply(q).add(promotionsOff(price.multiply(q))).divide(q, 0, RoundingMode.CEILING);
        }
        return price.min(listPrice);
    }

    /**
     * The lowest unit price the bot may name for a quantity, in whole yuan: the amount paid stays at or above the
     * floor, and the order total stays over every promotion and free-shipping threshold the starting price reached,
     * so a lower price never makes the shopper pay more. Never above the starting price; equal to it in fixed mode.
     */
    public BigDecimal lowestPrice(int quantity) {
        BigDecimal start = startingPrice(quantity);
        if (mode == PlatformMode.fixed) {
            return start;
        }
        BigDecimal q = BigDecimal.valueOf(quantity);
        BigDecimal startTotal = start.multiply(q);
        BigDecimal keepThreshold = spendSaves.stream()
                .map(SpendSave::threshold)
                .filter(t -> startTotal.compareTo(t) >= 0)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO)
                .max(coupons.stream()
                        .map(Coupon::minSpend)
                        .filter(t -> startTotal.compareTo(t) >= 0)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO))
                .max(
                        shipping != null
                                        && shipping.fee().signum() > 0
                                        && shipping.freeOver() != null
                                        && startTotal.compareTo(shipping.freeOver()) >= 0
                                ? shipping.freeOver()
                                : BigDecimal.ZERO);
        BigDecimal byFloor =
                floorPrice.multiply(q).add(promotionsOff(startTotal)).divide(q, 0, RoundingMode.CEILING);
        BigDecimal byThreshold = keepThreshold.divide(q, 0, RoundingMode.CEILING);
        return byFloor.max(byThreshold).min(start);
    }

    /** The best quantity tier for a quantity, if any applies. */
    public Optional<QuantityTier> tierFor(int quantity) {
        return tiers.stream()
                .filter(t -> quantity >= t.minQuantity())
                .min((a, b) -> a.unitPrice().compareTo(b.unitPrice()));
    }

    /** The policy once a deal has promised these gifts: one of each fewer to promise the next customer. */
    public PricePolicy afterPromising(List<String> promised) {
        List<Gift> left = gifts.stream()
                .map(g -> promised.contains(g.name()) ? new Gift(g.name(), Math.max(0, g.stock() - 1), g.cost()) : g)
                .toList();
        return new PricePolicy(
                shopId,
                productId,
                productName,
                listPrice,
                floorPrice,
                mode,
                left,
                shipping,
                spendSaves,
                coupons,
                tiers);
    }

    public boolean shipsFreeFor(BigDecimal orderTotal) {
        return shipping == null
                || shipping.fee().signum() == 0
                || (shipping.freeOver() != null && orderTotal.compareTo(shipping.freeOver()) >= 0);
    }
}
