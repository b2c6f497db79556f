package com.dianxiaoer.order.messaging;

import com.dianxiaoer.order.app.RemindUnpaidOrders;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Looks for unpaid orders worth a reminder; the rules (when, how often, quiet hours) are the domain's. */
@ApplicationScoped
public class PaymentReminders {
    @Inject
    RemindUnpaidOrders unpaid;

    @Scheduled(
            every = "${dianxiaoer.order.reminder-sweep:60s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        unpaid.remind();
    }
}
