package com.dianxiaoer.greeting.app;

import com.dianxiaoer.greeting.persistence.ShopEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Each shop keeps a conversation for its retention period after the last message, then it is erased in every service,
 * as if the customer had asked. Batches of 200 conversations, one erasure each, each in its own transaction; replicas
 * sweeping at the same time skip each other's conversations.
 */
@ApplicationScoped
public class RetentionSweep {
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    @Inject
    Erasures erasures;

    @Scheduled(
            every = "${dianxiaoer.retention.sweep-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        record ShopRetention(String shopId, int days) {}
        List<ShopRetention> shops = QuarkusTransaction.requiringNew()
                .call(() -> ShopEntity.<ShopEntity>listAll().stream()
                        .map(s -> new ShopRetention(s.id, s.retentionDays))
                        .toList());
        for (ShopRetention shop : shops) {
            int erased;
            int total = 0;
            do {
                erased = erasures.erasePastRetention(shop.shopId(), shop.days(), BATCH);
                total += erased;
            } while (erased == BATCH);
            if (total > 0) {
                LOG.infof(
                        "retention: erased %d conversations of shop %s older than %d days",
                        total, shop.shopId(), shop.days());
            }
        }
    }
}
