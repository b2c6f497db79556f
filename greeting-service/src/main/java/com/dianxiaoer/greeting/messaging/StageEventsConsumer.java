package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.greeting.app.StageFacts;
import com.dianxiaoer.messaging.Redelivery;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The stage services' events, for the agent's summary of a conversation (a record it cannot read goes to its topic's .dlq). */
@ApplicationScoped
public class StageEventsConsumer {
    @Inject
    StageFacts facts;

    @Incoming("negotiation-events")
    @Incoming("order-events")
    @Incoming("aftersales-events")
    @Blocking
    public void consume(String record) {
        Envelope event = EventJson.read(record);
        Redelivery.withRetries("summary facts from " + event.eventId(), () -> facts.record(event));
    }
}
