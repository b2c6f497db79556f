package com.dianxiaoer.order.messaging;

import com.dianxiaoer.messaging.RoutedInbox;
import com.dianxiaoer.order.app.AnswerOrderQuestion;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes in what the front desk routes to this stage (conversation.routed.order) and answers it in the same
 * transaction: a redelivered message is recognised by the inbox and answered once, a passing failure is tried
 * again, and poison goes to its DLQ.
 */
@ApplicationScoped
public class RoutedMessageConsumer {
    @Inject
    RoutedInbox inbox;

    @Inject
    AnswerOrderQuestion questions;

    @Incoming("routed")
    @Blocking
    public void consume(String record) {
        inbox.take(record, questions::answer);
    }
}
