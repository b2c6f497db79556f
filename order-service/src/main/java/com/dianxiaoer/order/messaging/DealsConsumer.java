package com.dianxiaoer.order.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.order.persistence.Orders;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Deals agreed in the chat (negotiation.events) become the warehouse's remarks on the matching order. Kept once by eventId. */
@ApplicationScoped
public class DealsConsumer {
    @Inject
    Orders orders;

    @Incoming("deals")
    @Blocking
    @Transactional
    public void consume(String record) {
        Envelope event = EventJson.read(record);
        if (event.payload() instanceof DealAgreed deal) {
            orders.dealAgreed(event, deal);
        }
    }
}
