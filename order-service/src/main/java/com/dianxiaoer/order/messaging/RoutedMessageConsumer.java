package com.dianxiaoer.order.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.order.persistence.RoutedMessageEntity;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * Takes the messages routed to this stage off conversation.routed.order and stores each once (a redelivery
 * finds its eventId already there). A record that is not a MessageRouted envelope goes to the DLQ.
 */
@ApplicationScoped
public class RoutedMessageConsumer {

    @Incoming("routed")
    @Blocking
    @Transactional
    public void consume(String record) {
        Envelope event = EventJson.read(record);
        if (!(event.payload() instanceof MessageRouted routed)) {
            throw new EventJson.MalformedEventException("expected MessageRouted, got " + event.type(), null);
        }
        if (RoutedMessageEntity.findById(event.eventId()) != null) {
            return;
        }
        RoutedMessageEntity message = new RoutedMessageEntity();
        message.eventId = event.eventId();
        message.shopId = event.shopId();
        message.conversationId = event.conversationId();
        message.messageId = routed.messageId();
        message.intent = routed.intent();
        message.productId = routed.productId();
        message.text = routed.text();
        message.envelope = record;
        message.receivedAt = Instant.now();
        message.persist();
    }
}
