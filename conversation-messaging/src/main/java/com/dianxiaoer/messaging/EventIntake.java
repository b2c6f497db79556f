package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Payload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The one way every consumer takes in a Kafka record. The record is read as an event (one that cannot be read is
 * thrown out at once, so the channel's failure strategy puts it on the dead-letter topic and the consumer goes on).
 * An event of the type the consumer handles is handled once: its id is remembered in processed_event in the same
 * transaction as the handling, so a redelivery changes nothing. A handling that fails for a passing reason is run
 * again in a new transaction, with growing pauses (IntakeConfig), before the record is dead-lettered.
 */
@ApplicationScoped
public class EventIntake {
    @Inject
    IntakeConfig config;

    @Inject
    Clock clock;

    private Retry retry;

    @PostConstruct
    void retries() {
        retry = new Retry(config.attempts(), config.firstPause(), config.maxPause(), Retry.SLEEP);
    }

    /** Handles the record's event once if its payload is a {@code type}; events of other types are passed over. */
    public <P extends Payload> void take(String record, Class<P> type, BiConsumer<Envelope, P> handler) {
        Envelope event = EventJson.read(record);
        if (!type.isInstance(event.payload())) {
            return;
        }
        P payload = type.cast(event.payload());
        retry.run(
                event.type() + " " + event.eventId(),
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (ProcessedEventEntity.firstTime(event.eventId(), clock.instant())) {
                        handler.accept(event, payload);
                    }
                }));
    }

    @Scheduled(
            every = "${dianxiaoer.intake.forget-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldEvents() {
        forgetOld();
    }

    /** Forgets the events handled longer ago than any topic keeps its records; how many were forgotten. */
    @Transactional
    public long forgetOld() {
        return ProcessedEventEntity.delete("processedAt < ?1", clock.instant().minus(config.remember()));
    }
}
