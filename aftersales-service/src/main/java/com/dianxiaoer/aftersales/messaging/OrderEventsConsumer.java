package com.dianxiaoer.aftersales.messaging;

import com.dianxiaoer.aftersales.app.FollowOrder;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** order-service's news of orders (order.events), each taken in once; a record that is not an event goes to order.events.dlq. */
@ApplicationScoped
public class OrderEventsConsumer {
    @Inject
    EventIntake intake;

    @Inject
    FollowOrder orders;

    @Incoming("order-events")
    @Blocking
    public void consume(String record) {
        intake.take(record, OrderChanged.class, orders::follow);
    }
}
