package com.dianxiaoer.order.domain;

import java.time.Instant;

/**
 * Whether an unpaid order gets a reminder now: the n-th reminder is due n × remindAfter after the order was placed,
 * at most {@link OrderRules#MAX_REMINDERS}, never in the shop's quiet hours (a due reminder waits for the morning),
 * and never once the order is paid or cancelled.
 */
public final class PaymentReminder {
    private PaymentReminder() {}

    public static boolean dueNow(Order order, OrderRules rules, Instant now) {
        if (order.status() != OrderStatus.created || order.remindersSent() >= OrderRules.MAX_REMINDERS) {
            return false;
        }
        Instant due = order.createdAt().plus(rules.remindAfter().multipliedBy(order.remindersSent() + 1L));
        return !now.isBefore(due) && !rules.isQuietAt(now.atZone(rules.zone()).toLocalTime());
    }

    public static String text(Order order) {
        if (order.remindersSent() == 0) {
            return "亲，您拍下的" + order.productNames() + "还没有付款哦～库存是按付款顺序锁定的，付款后我们会尽快安排发货。" + "付款时遇到问题随时告诉我，我帮您看看～";
        }
        return "亲，再提醒您一次：" + order.productNames() + "的订单还在等您付款，超时后订单会自动关闭。" + "如果不需要了也没关系，不用理会这条消息就好～";
    }
}
