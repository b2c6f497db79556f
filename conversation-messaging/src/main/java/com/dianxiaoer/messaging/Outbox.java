package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes events to publish in the caller's transaction; {@code OutboxRelay} sends them once it commits. */
@ApplicationScoped
public class Outbox {
    @Inject
    Event<OutboxWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, Envelope event) {
        OutboxEntity row = new OutboxEntity();
        row.topic = topic;
        row.messageKey = event.key();
        row.payload = EventJson.write(event);
        row.createdAt = Instant.now();
        row.traceParent = TraceParent.current();
        row.persist();
        written.fire(new OutboxWritten());
    }
}
