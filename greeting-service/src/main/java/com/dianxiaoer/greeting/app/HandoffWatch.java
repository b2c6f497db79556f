package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.greeting.domain.Handoff;
import com.dianxiaoer.greeting.domain.ShopProfile;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ShopDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Nobody waits in silence: a customer no person has answered within the shop's threshold (counted from when people are
 * back, for a request made after hours) gets one holding message, and the shop's alerting gets HandoffChanged
 * "overdue" on conversation.events.
 */
@ApplicationScoped
public class HandoffWatch {
    /** No shop's threshold is shorter (the shop table's check). */
    private static final Duration SHORTEST_HOLD = Duration.ofSeconds(10);

    @Inject
    Clock clock;

    @Inject
    ShopDirectory shops;

    @Inject
    ConversationPublisher publisher;

    @Scheduled(
            every = "${dianxiaoer.workbench.holding-sweep:5s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        Instant now = clock.instant();
        List<UUID> candidates = QuarkusTransaction.requiringNew()
                .call(() -> ConversationEntity.waitingWithoutHolding(now.minus(SHORTEST_HOLD)).stream()
                        .map(c -> c.id)
                        .toList());
        candidates.forEach(id -> QuarkusTransaction.requiringNew().run(() -> holdIfOverdue(id, now)));
    }

    private void holdIfOverdue(UUID id, Instant now) {
        ConversationEntity c = ConversationEntity.lock(id).orElse(null);
        if (c == null || c.stage != Stage.human || c.answeredAt != null || c.holdingSent || c.handoffAt == null) {
            return; // answered, handed back or held by another replica in the meantime
        }
        ShopProfile shop = shops.profile(c.shopId).orElseThrow();
        Instant waitStarted = shop.hours().nextOpening(c.handoffAt).toInstant();
        if (waitStarted.plus(shop.holdAfter()).isAfter(now)) {
            return;
        }
        c.holdingSent = true;
        long waited = c.secondsWaited(now);
        Envelope overdue = publisher.report(
                c,
                null,
                Actor.system,
                new HandoffChanged(
                        "overdue",
                        c.handoffFrom,
                        c.agentId == null ? null : c.agentId.toString(),
                        waited,
                        c.afterHours,
                        null));
        publisher.reply(c, overdue, Handoff.holding(), null);
    }
}
