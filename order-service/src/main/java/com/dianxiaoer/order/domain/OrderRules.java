package com.dianxiaoer.order.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A shop's rules for orders: when parcels leave (cut-off time, working days), with whom, how long they usually
 * take, when the shop keeps quiet, when an unpaid order is worth a reminder, and what it says about invoices.
 */
public record OrderRules(
        String shopId,
        ZoneId zone,
        LocalTime cutoff,
        Set<DayOfWeek> workingDays,
        List<String> couriers,
        int usualDeliveryDays,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Duration remindAfter,
        String invoicePolicy) {

    /** At most this many payment reminders per order: a third would be nagging. */
    public static final int MAX_REMINDERS = 2;

    public OrderRules {
        workingDays = Set.copyOf(workingDays);
        couriers = List.copyOf(couriers);
    }

    /** For a shop that has not set its own: the common marketplace defaults. */
    public static OrderRules defaults(String shopId) {
        return new OrderRules(
                shopId,
                ZoneId.of("Asia/Shanghai"),
                LocalTime.of(16, 0),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of("顺丰"),
                3,
                LocalTime.of(22, 0),
                LocalTime.of(8, 0),
                Duration.ofMinutes(30),
                "支持开具电子普通发票，确认收货后在订单详情页申请");
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (workingDays.isEmpty()) {
            problems.add("workingDays must name at least one day");
        }
        if (couriers.isEmpty()) {
            problems.add("couriers must name at least one courier");
        }
        if (usualDeliveryDays < 1 || usualDeliveryDays > 30) {
            problems.add("usualDeliveryDays must be between 1 and 30");
        }
        if (remindAfter.isNegative() || remindAfter.isZero() || remindAfter.compareTo(Duration.ofDays(3)) > 0) {
            problems.add("remindAfter must be more than zero and at most 3 days");
        }
        if (invoicePolicy == null || invoicePolicy.isBlank()) {
            problems.add("invoicePolicy must say what the shop does about invoices");
        }
        return problems;
    }

    /** Quiet hours may run over midnight (22:00 to 08:00). */
    public boolean isQuietAt(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
