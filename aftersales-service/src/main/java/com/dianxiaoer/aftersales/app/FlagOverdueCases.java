package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.aftersales.domain.ComplaintDesk;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.aftersales.persistence.Policies;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * At the end of each shop's working day, a case still being handled is flagged overdue (once): the ops API lists it,
 * its history says so, and a customer who waits on the shop is told when the answer now comes.
 */
@ApplicationScoped
public class FlagOverdueCases {
    @Inject
    Policies policies;

    @Inject
    CaseRecorder recorder;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    @Transactional
    public void run() {
        Instant now = clock.instant();
        Map<String, ComplaintDesk> desks = new HashMap<>();
        for (CaseEntity row : CaseEntity.openNotOverdue(500)) {
            ComplaintDesk desk = desks.computeIfAbsent(row.shopId, shop -> new ComplaintDesk(policies.of(shop)));
            desk.overdue(row.current(), now).ifPresent(turn -> {
                recorder.apply(Origin.system(row.shopId, row.conversationId, null), row, turn);
                metrics.counter("dianxiaoer.complaints.overdue", "shop", row.shopId)
                        .increment();
            });
        }
    }
}
