package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.greeting.app.Erasures;
import com.dianxiaoer.greeting.app.StageFacts;
import com.dianxiaoer.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The stage services' events: for the agent's summary of a conversation, and their reports on erasures (a record it
 * cannot read goes to its topic's .dlq).
 */
@ApplicationScoped
public class StageEventsConsumer {
    @Inject
    StageFacts facts;

    @Inject
    Erasures erasures;

    @Inject
    EventIntake intake;

    @Incoming("negotiation-events")
    @Incoming("order-events")
    @Incoming("aftersales-events")
    @Blocking
    public void consume(String record) {
        intake.take(record, Payload.class, (event, payload) -> {
            if (payload instanceof ErasureCompleted report) {
                erasures.recordReport(event, report);
            } else {
                facts.record(event);
            }
        });
    }
}
