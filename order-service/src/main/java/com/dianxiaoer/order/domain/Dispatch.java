package com.dianxiaoer.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** When a paid order leaves the warehouse: paid before the cut-off on a working day ships that day, else the next working day. */
public final class Dispatch {
    private Dispatch() {}

    public static LocalDate shipsOn(Instant paidAt, OrderRules rules) {
        ZonedDateTime local = paidAt.atZone(rules.zone());
        LocalDate day = local.toLocalDate();
        if (rules.workingDays().contains(day.getDayOfWeek())
                && local.toLocalTime().isBefore(rules.cutoff())) {
            return day;
        }
        do {
            day = day.plusDays(1);
        } while (!rules.workingDays().contains(day.getDayOfWeek()));
        return day;
    }

    /** "今天", "明天" or "11月26日（周四）": how a shop agent names the day. */
    public static String dayName(LocalDate day, Instant now, OrderRules rules) {
        LocalDate today = now.atZone(rules.zone()).toLocalDate();
        if (day.equals(today)) {
            return "今天";
        }
        if (day.equals(today.plusDays(1))) {
            return "明天";
        }
        String[] week = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日（"
                + week[day.getDayOfWeek().getValue() - 1] + "）";
    }

    /** A shipped parcel not delivered within the shop's usual window is late: the customer deserves an apology. */
    public static boolean isLate(Order order, OrderRules rules, Instant now) {
        return order.status() == OrderStatus.shipped
                && order.shippedAt() != null
                && order.shippedAt()
                        .atZone(rules.zone())
                        .toLocalDate()
                        .plusDays(rules.usualDeliveryDays())
                        .isBefore(now.atZone(rules.zone()).toLocalDate());
    }
}
