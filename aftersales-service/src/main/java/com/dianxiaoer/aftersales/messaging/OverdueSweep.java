package com.dianxiaoer.aftersales.messaging;

import com.dianxiaoer.aftersales.app.FlagOverdueCases;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every minute, the cases still open at the end of their shop's working day are flagged (FlagOverdueCases). */
@ApplicationScoped
public class OverdueSweep {
    @Inject
    FlagOverdueCases overdue;

    @Scheduled(every = "60s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        overdue.run();
    }
}
