package com.dianxiaoer.greeting.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The reply latency histogram, {@value #METRIC} (Prometheus: {@code dianxiaoer_reply_latency_seconds_bucket}): for
 * every bot or agent item appended to a transcript, the time since the customer's latest message before it was
 * stored. Tagged by {@code role} (bot, agent) and the reply's {@code intent}.
 *
 * <p>It observes {@link TranscriptAppended} inside the appending transaction, where the conversation's row lock is
 * held, and reads one thing back: when the message the reply answers was stored (by its id, where the reply names it),
 * else when the customer's latest message before the reply was (an agent's reply, or a stage's that names none). A
 * customer's own message costs nothing. It is recorded only once that transaction commits, so a rolled-back (and later
 * redelivered) reply is counted once.
 */
@ApplicationScoped
public class ReplyLatencyMetric {
    public static final String METRIC = "dianxiaoer.reply.latency";
    /** Histogram buckets: the welcome takes ~100 ms, a stage's answer may take seconds, a person's minutes. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5)
    };

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry registry;

    void appended(@Observes TranscriptAppended event) {
        if ("customer".equals(event.role())) {
            return;
        }
        TranscriptItemEntity asked =
                event.inReplyTo() == null ? null : em.find(TranscriptItemEntity.class, event.inReplyTo());
        Instant askedAt = asked != null ? asked.at : lastCustomerMessageBefore(event.conversationId(), event.seq());
        if (askedAt == null) {
            return;
        }
        Instant repliedAt = event.at();
        String role = event.role();
        String intent = event.intent() == null ? "none" : event.intent();
        Duration latency = Duration.between(askedAt, repliedAt);
        Timer timer = timer(role, intent);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    timer.record(latency.isNegative() ? Duration.ZERO : latency);
                }
            }
        });
    }

    private Instant lastCustomerMessageBefore(UUID conversationId, long seq) {
        return em.createQuery(
                        "select max(t.at) from TranscriptItemEntity t where t.conversationId = :id and t.role = 'customer' and t.seq < :seq",
                        Instant.class)
                .setParameter("id", conversationId)
                .setParameter("seq", seq)
                .getSingleResult();
    }

    private Timer timer(String role, String intent) {
        return Timer.builder(METRIC)
                .description(
                        "Time from a customer's message being stored to each reply to it appended to the transcript")
                .tag("role", role)
                .tag("intent", intent)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
