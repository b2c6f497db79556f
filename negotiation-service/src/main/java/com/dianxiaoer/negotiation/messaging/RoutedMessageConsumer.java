package com.dianxiaoer.negotiation.messaging;

import com.dianxiaoer.messaging.RoutedInbox;
import com.dianxiaoer.negotiation.app.BargainWithCustomer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes in what the front desk routes to bargaining (conversation.routed.negotiation) and answers it, in one
 * transaction: a redelivered message is recognised by the inbox and answered only once, a passing failure is
 * tried again, and poison goes to the DLQ.
 */
@ApplicationScoped
public class RoutedMessageConsumer {
    @Inject
    RoutedInbox inbox;

    @Inject
    BargainWithCustomer negotiator;

    @Incoming("routed")
    @Blocking
    public void consume(String record) {
        inbox.take(record, negotiator::handle);
    }
}
