package com.dianxiaoer.order.messaging;

import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.messaging.EventIntake;
import com.dianxiaoer.order.app.RecordAgreedDeal;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Deals agreed in the chat (negotiation.events) become the warehouse's remarks on the matching order. Kept once by eventId. */
@ApplicationScoped
public class DealsConsumer {
    @Inject
    RecordAgreedDeal deals;

    @Inject
    EventIntake intake;

    @Incoming("deals")
    @Blocking
    public void consume(String record) {
        intake.take(record, DealAgreed.class, deals::record);
    }
}
