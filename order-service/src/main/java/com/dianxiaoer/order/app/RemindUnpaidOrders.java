package com.dianxiaoer.order.app;

import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.order.domain.OrderRules;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.domain.PaymentReminder;
import com.dianxiaoer.order.persistence.OrderEntity;
import com.dianxiaoer.order.persistence.ShopRules;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reminds customers of orders they placed and did not pay, by the shop's rules (see {@link PaymentReminder}). */
@ApplicationScoped
public class RemindUnpaidOrders {
    @Inject
    OrderPublisher publisher;

    @Inject
    ShopRules shopRules;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** One pass over the unpaid orders; rows another instance is reminding are skipped, not waited for. */
    @Transactional
    public int remind() {
        List<OrderEntity> unpaid = OrderEntity.<OrderEntity>find(
                        "status = ?1 and remindersSent < ?2", OrderStatus.created, OrderRules.MAX_REMINDERS)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .list();
        int sent = 0;
        Map<String, OrderRules> rulesOfShop = new HashMap<>(); // read once per shop per sweep, not once per order
        for (OrderEntity e : unpaid) {
            var order = e.toOrder();
            if (PaymentReminder.dueNow(order, rulesOfShop.computeIfAbsent(e.shopId, shopRules::of), clock.instant())) {
                publisher.say(e, new BotReplied(PaymentReminder.text(order), "payment", List.of("怎么付款", "不需要了"), null));
                e.remindersSent++;
                e.updatedAt = clock.instant();
                metrics.counter("dianxiaoer.payment.reminders", "shop", e.shopId)
                        .increment();
                sent++;
            }
        }
        return sent;
    }
}
