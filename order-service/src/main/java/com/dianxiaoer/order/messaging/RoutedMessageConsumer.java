package com.dianxiaoer.order.messaging;

import com.dianxiaoer.messaging.RoutedInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes in what the front desk routes to this stage (conversation.routed.order); poison goes to its DLQ. */
@ApplicationScoped
public class RoutedMessageConsumer {
    @Inject
    RoutedInbox inbox;

    @Incoming("routed")
    @Blocking
    public void consume(String record) {
        inbox.takeIn(record);
    }
}
