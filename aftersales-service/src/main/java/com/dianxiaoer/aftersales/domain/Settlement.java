package com.dianxiaoer.aftersales.domain;

import com.dianxiaoer.aftersales.domain.Turn.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the shop's policy gives for a case, and how the outcome is told (PLAYBOOK §6, "复清楚"): the apology first, the
 * solution with its steps, the compensation after it, thanks last. A case the policy cannot settle at once gets the
 * time of its next answer instead.
 */
final class Settlement {
    private final AftersalesPolicy policy;
    private final ServiceHours hours;
    private final AftersalesReplies say;

    Settlement(AftersalesPolicy policy, ServiceHours hours, AftersalesReplies say) {
        this.policy = policy;
        this.hours = hours;
        this.say = say;
    }

    /** The outcome when the shop's policy settles it now, with its reply added; empty when it must be followed. */
    Optional<Resolution> settle(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        if (c.serious()) {
            replies.add(Reply.of(say.text("settle.serious", hours.nextAnswer(now))));
            return Optional.empty();
        }
        return switch (c.category) {
            case quality, colour_difference, wrong_item, damaged, missing_item -> Optional.of(shopSide(c, replies));
            case no_reason -> noReason(c, order, now, replies);
            case late_delivery -> late(c, order, now, replies);
            case price_drop -> priceDrop(c, order, now, replies);
            case service_attitude ->
                Optional.of(tell(replies, say.text("settle.service_attitude"), "apology", coupons(c), false));
            case other -> {
                replies.add(Reply.of(say.text("settle.other", hours.nextAnswer(now))));
                yield Optional.empty();
            }
        };
    }

    private Resolution shopSide(ComplaintCase c, List<Reply> replies) {
        boolean shopPays = policy.shopPaysReturnShipping(c.category);
        String shipping = shipping(shopPays);
        String kind;
        String how;
        if (c.category == Category.missing_item) {
            kind = "reship";
            how = say.text("settle.reship");
        } else if (c.request == Request.RETURN || c.request == Request.REFUND) {
            kind = "return";
            how = returnSteps(shipping);
        } else if (c.category == Category.damaged) {
            kind = "replacement";
            how = say.text("settle.replacement", shipping);
        } else {
            kind = "exchange";
            how = say.text("settle.exchange", shipping);
        }
        if (c.category == Category.colour_difference
                && !shopPays
                && policy.couponAmount().signum() > 0) {
            how += say.text("settle.coupon_covers_shipping");
        }
        return tell(replies, say.text("settle.shop_side", how), kind, coupons(c), shopPays);
    }

    private Optional<Resolution> noReason(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        String condition = say.text("no_reason.condition", policy.itemCondition());
        boolean exchange = c.request == Request.EXCHANGE;
        String what = say.text(exchange ? "word.exchange" : "word.return");
        String steps = exchange ? exchangeSteps() : returnSteps(shipping(false));
        String kind = exchange ? "exchange" : "return";
        if (order != null && order.notShippedYet()) {
            return Optional.of(tell(replies, say.text("no_reason.not_shipped"), "refund", List.of(), false));
        }
        if (order != null && order.shipped()) {
            return Optional.of(tell(
                    replies,
                    say.text("no_reason.on_the_way", policy.refundHours(), policy.noReasonReturnDays(), condition),
                    "return",
                    List.of(),
                    false));
        }
        if (order != null && order.deliveredAt() != null) {
            LocalDate delivered = hours.day(order.deliveredAt());
            LocalDate last = delivered.plusDays(policy.noReasonReturnDays());
            if (hours.day(now).isAfter(last)) {
                replies.add(Reply.of(say.text(
                        "no_reason.too_late",
                        ServiceHours.date(delivered),
                        policy.noReasonReturnDays(),
                        ServiceHours.date(last),
                        hours.nextAnswer(now))));
                return Optional.empty();
            }
            return Optional.of(tell(
                    replies,
                    say.text(
                            "no_reason.within",
                            ServiceHours.date(delivered),
                            ServiceHours.date(last),
                            what,
                            condition,
                            steps),
                    kind,
                    List.of(),
                    false));
        }
        return Optional.of(tell(
                replies,
                say.text("no_reason.any_time", policy.noReasonReturnDays(), what, condition, steps),
                kind,
                List.of(),
                false));
    }

    private Optional<Resolution> late(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        if (order != null && order.delivered()) {
            return Optional.of(tell(replies, say.text("late.delivered"), "apology", coupons(c), false));
        }
        // The case (ComplaintOpened) is what hands the hurry to the shop's people: the reply says so, no more.
        String where = order == null
                ? say.text("late.no_order")
                : order.shipped()
                        ? say.text(
                                "late.shipped",
                                order.courier() == null ? say.text("late.courier") : order.courier(),
                                order.trackingStatus() == null ? "" : say.text("late.tracking", order.trackingStatus()))
                        : say.text("late.packing");
        replies.add(Reply.of(say.text("late.reply", where, hours.nextAnswer(now))));
        return Optional.empty();
    }

    private Optional<Resolution> priceDrop(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        boolean within = policy.priceProtectionDays() > 0
                && (order == null
                        || order.paidAt() == null
                        || !now.isAfter(order.paidAt().plus(policy.priceProtectionDays(), ChronoUnit.DAYS)));
        if (within) {
            Compensation difference = new Compensation(
                    "partial_refund", null, say.text("price_drop.difference", plain(policy.maxPartialRefund())));
            return Optional.of(tell(
                    replies,
                    say.text(
                            "price_drop.within",
                            policy.priceProtectionDays(),
                            plain(policy.maxPartialRefund()),
                            policy.refundHours()),
                    "price_difference",
                    List.of(difference),
                    false));
        }
        String why = policy.priceProtectionDays() > 0
                ? say.text("price_drop.expired", policy.priceProtectionDays())
                : say.text("price_drop.no_protection");
        return Optional.of(tell(replies, say.text("price_drop.reply", why), "apology", coupons(c), false));
    }

    /** The outcome reply: the apology is in {@code solution}'s opening, compensation comes after it, thanks last. */
    Resolution tell(List<Reply> replies, String solution, String kind, List<Compensation> given, boolean shopPays) {
        List<Compensation> all = new ArrayList<>();
        all.add(Compensation.apology());
        all.addAll(given);
        StringBuilder text = new StringBuilder(solution);
        List<String> gifts = new ArrayList<>();
        for (Compensation g : given) {
            switch (g.kind()) {
                case "coupon" -> gifts.add(say.text("gift.coupon", plain(g.amount())));
                case "gift" -> gifts.add(say.text("gift.item", g.what()));
                default -> {}
            }
        }
        if (!gifts.isEmpty()) {
            text.append(say.text("gift.intro", String.join(say.text("gift.and"), gifts)));
        }
        text.append(say.text("thanks"));
        replies.add(Reply.of(text.toString()));
        return new Resolution(kind, all, shopPays);
    }

    /** The coupon for the case's severity, within the shop's maximum, and the shop's gift for a serious shop-side case. */
    List<Compensation> coupons(ComplaintCase c) {
        List<Compensation> given = new ArrayList<>();
        BigDecimal amount =
                (c.serious() ? policy.seriousCouponAmount() : policy.couponAmount()).min(policy.maxCouponAmount());
        if (amount.signum() > 0) {
            given.add(new Compensation("coupon", amount, null));
        }
        if (c.serious() && policy.gift() != null && c.category.shopSide()) {
            given.add(new Compensation("gift", null, policy.gift()));
        }
        return given;
    }

    private String shipping(boolean shopPays) {
        if (shopPays) {
            return say.text("shipping.shop_pays");
        }
        return say.text(policy.freightInsurance() ? "shipping.insurance" : "shipping.customer_pays");
    }

    private String returnSteps(String shipping) {
        return say.text("steps.return", shipping, policy.refundHours());
    }

    private String exchangeSteps() {
        return say.text("steps.exchange", shipping(false));
    }

    static String outcomeNote(Resolution r) {
        return r.kind() + "; compensations: "
                + String.join(
                        ", ",
                        r.compensations().stream()
                                .map(x -> x.kind() + (x.amount() == null ? "" : " ¥" + plain(x.amount())))
                                .toList())
                + (r.shopPaysReturnShipping() ? "; shop pays return shipping" : "");
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
