package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.MessageRouted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a stage service takes in the messages routed to it: each stored once (a redelivery finds its eventId
 * already there). A record that is not a MessageRouted envelope is refused, so the consumer dead-letters it.
 */
@ApplicationScoped
public class RoutedInbox {

    /** The stored message, or empty when this event was already taken in. */
    @Transactional
    public Optional<RoutedMessageEntity> takeIn(String record) {
        Envelope event = EventJson.read(record);
        if (!(event.payload() instanceof MessageRouted routed)) {
            throw new EventJson.MalformedEventException("expected MessageRouted, got " + event.type(), null);
        }
        if (RoutedMessageEntity.findById(event.eventId()) != null) {
            return Optional.empty();
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
        return Optional.of(message);
    }
}
