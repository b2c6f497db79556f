package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.greeting.app.AnswerCustomerMessage;
import com.dianxiaoer.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The front desk reads customer messages back from Kafka rather than answering inside the HTTP request: the
 * message is safe in the transcript the moment the widget gets its 202, and the answer follows from the log.
 * A record it cannot read goes to conversation.events.dlq (failure-strategy in application.properties).
 */
@ApplicationScoped
public class ConversationEventsConsumer {
    @Inject
    AnswerCustomerMessage frontDesk;

    @Inject
    EventIntake intake;

    @Incoming("conversation-events")
    @Blocking
    public void consume(String record) {
        intake.take(record, CustomerMessageReceived.class, frontDesk::answer);
    }
}
