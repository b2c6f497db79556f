package com.dianxiaoer.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in id order and deletes them once the broker has acknowledged them. It runs right
 * after each commit that wrote to the outbox (so a reply is not delayed by a polling interval) and on a slow
 * sweep that catches anything a crash or a Kafka outage left behind. Delivery is at-least-once; consumers
 * deduplicate by eventId.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay at a time across all instances: otherwise two could interleave one conversation's events. */
    private static final long RELAY_LOCK = 0x0DA1_0001L;

    /** Resolved on first send: Reactive Messaging wires the channel during startup, after this bean may exist. */
    @Inject
    @Channel("outbox")
    Instance<Emitter<String>> emitter;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean started;

    void start(@Observes StartupEvent event) {
        started = true;
        kick();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        kick();
    }

    @Scheduled(
            every = "${dianxiaoer.outbox.sweep-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        kick();
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }

    public void kick() {
        if (started && pending.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        pending.set(false);
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry on the next sweep: %s", e.getMessage());
        }
    }

    private int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEntity> rows = OutboxEntity.<OutboxEntity>find("order by id")
                    .page(0, config.batchSize())
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] acks = rows.stream().map(this::send).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            OutboxEntity.delete("id in ?1", rows.stream().map(r -> r.id).toList());
            return rows.size();
        });
    }

    private CompletableFuture<Void> send(OutboxEntity row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.messageKey)
                        .build());
        // The relay's own thread has no trace: the record continues the one that wrote the row (the widget's POST).
        message = TraceParent.context(row.traceParent)
                .map(TracingMetadata::withCurrent)
                .map(message::addMetadata)
                .orElse(message);
        emitter.get()
                .send(message.withAck(() -> {
                            acked.complete(null);
                            return CompletableFuture.completedFuture(null);
                        })
                        .withNack(failure -> {
                            acked.completeExceptionally(failure);
                            return CompletableFuture.completedFuture(null);
                        }));
        return acked;
    }
}
