package com.dianxiaoer.aftersales.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's after-sales rules: the no-reason return window and the state the item must be in, who pays the return
 * shipping by cause, what the shop may give (coupons, a gift, partial refunds), when an order counts as high value,
 * and the shop's working day (a case still open at its end is overdue).
 *
 * @param noReasonReturnDays       days after delivery a customer may return without giving a reason (7 to 30)
 * @param itemCondition            the state a returned item must be in, as the customer is told
 * @param shopPaysReturnShippingFor the categories whose return shipping the shop pays
 * @param freightInsurance         whether orders carry return-shipping insurance (运费险), which pays it otherwise
 * @param couponAmount             the coupon for a normal case, in yuan
 * @param seriousCouponAmount      the coupon for a serious case
 * @param maxCouponAmount          the most any coupon may be worth
 * @param gift                     a gift for serious cases of the shop's own making; null for none
 * @param priceProtectionDays      days after payment in which a price drop is refunded (0: none)
 * @param maxPartialRefund         the most a partial refund (price difference, a kept faulty item) may be, in yuan
 * @param highValueThreshold       an order total from which a complaint is serious
 * @param timeZone                 the shop's zone, e.g. Asia/Shanghai
 * @param dayStart                 when the shop's working day starts, HH:mm
 * @param dayEnd                   when it ends, HH:mm
 * @param followUpMinutes          how long until the next answer when a case cannot be settled at once
 * @param refundHours              how long a refund takes once the return arrives
 */
public record AftersalesPolicy(
        String shopId,
        int noReasonReturnDays,
        String itemCondition,
        List<Category> shopPaysReturnShippingFor,
        boolean freightInsurance,
        BigDecimal couponAmount,
        BigDecimal seriousCouponAmount,
        BigDecimal maxCouponAmount,
        String gift,
        int priceProtectionDays,
        BigDecimal maxPartialRefund,
        BigDecimal highValueThreshold,
        String timeZone,
        String dayStart,
        String dayEnd,
        int followUpMinutes,
        int refundHours) {

    public AftersalesPolicy {
        shopPaysReturnShippingFor =
                shopPaysReturnShippingFor == null ? List.of() : List.copyOf(shopPaysReturnShippingFor);
    }

    /** The policy of a shop that has set none: the platform's rules and modest limits. */
    public static AftersalesPolicy defaults(String shopId) {
        return new AftersalesPolicy(
                shopId,
                7,
                "商品未经使用、吊牌和包装完好，不影响二次销售",
                List.of(Category.quality, Category.damaged, Category.wrong_item, Category.missing_item),
                false,
                new BigDecimal("5"),
                new BigDecimal("20"),
                new BigDecimal("50"),
                null,
                0,
                new BigDecimal("50"),
                new BigDecimal("1000"),
                "Asia/Shanghai",
                "09:00",
                "22:00",
                120,
                48);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalTime start() {
        return LocalTime.parse(dayStart);
    }

    public LocalTime end() {
        return LocalTime.parse(dayEnd);
    }

    public boolean shopPaysReturnShipping(Category category) {
        return shopPaysReturnShippingFor.contains(category);
    }

    /** What is wrong with this policy; empty when it can be used. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (noReasonReturnDays < 7 || noReasonReturnDays > 30) {
            p.add("noReasonReturnDays must be 7 to 30 (the platform requires at least 7)");
        }
        if (itemCondition == null || itemCondition.isBlank()) {
            p.add("itemCondition must say what state a returned item must be in");
        }
        int before = p.size();
        amount(p, "couponAmount", couponAmount);
        amount(p, "seriousCouponAmount", seriousCouponAmount);
        amount(p, "maxCouponAmount", maxCouponAmount);
        amount(p, "maxPartialRefund", maxPartialRefund);
        amount(p, "highValueThreshold", highValueThreshold);
        if (p.size() == before) {
            if (couponAmount.compareTo(seriousCouponAmount) > 0) {
                p.add("couponAmount must not be above seriousCouponAmount");
            }
            if (seriousCouponAmount.compareTo(maxCouponAmount) > 0) {
                p.add("seriousCouponAmount must not be above maxCouponAmount");
            }
            if (highValueThreshold.signum() <= 0) {
                p.add("highValueThreshold must be above 0");
            }
        }
        if (gift != null && (gift.isBlank() || gift.length() > 100)) {
            p.add("gift must be 1-100 characters, or null for none");
        }
        if (priceProtectionDays < 0 || priceProtectionDays > 30) {
            p.add("priceProtectionDays must be 0 to 30");
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            p.add("timeZone must be a zone id such as Asia/Shanghai");
        }
        try {
            if (!LocalTime.parse(String.valueOf(dayStart)).isBefore(LocalTime.parse(String.valueOf(dayEnd)))) {
                p.add("dayStart must be before dayEnd");
            }
        } catch (DateTimeParseException e) {
            p.add("dayStart and dayEnd must be times of day, HH:mm");
        }
        if (followUpMinutes < 10 || followUpMinutes > 24 * 60) {
            p.add("followUpMinutes must be 10 to 1440");
        }
        if (refundHours < 1 || refundHours > 168) {
            p.add("refundHours must be 1 to 168");
        }
        return p;
    }

    private static void amount(List<String> problems, String name, BigDecimal value) {
        if (value == null) {
            problems.add(name + " is required");
        } else if (value.signum() < 0) {
            problems.add(name + " must not be negative");
        } else if (value.scale() > 2) {
            problems.add(name + " has at most 2 decimals");
        }
    }
}
