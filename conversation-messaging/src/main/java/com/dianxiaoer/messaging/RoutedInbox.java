package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.MessageRouted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Where a stage service takes in the messages routed to it, each stored once in its routed_message table (a
 * redelivery finds its eventId there and changes nothing). Plain SQL rather than an entity, so the front desk,
 * which shares this library but has no such table, is not asked to map it. An erasure comes on the same topic, keyed by
 * the same conversation, so it follows the messages routed before it; it is handled here and never reaches the stage's
 * handler. Any other record is refused, so the consumer dead-letters it.
 */
@ApplicationScoped
public class RoutedInbox {
    @Inject
    EntityManager em;
    @Inject
    ConversationErasure erasure;

    /** The message's envelope when it is new, empty when this event was already taken in or was an erasure. */
    @Transactional
    public Optional<Envelope> takeIn(String record) {
        Envelope event = EventJson.read(record);
        if (event.payload() instanceof ErasureRequested request) {
            erasure.erase(event, request);
            return Optional.empty();
        }
        if (!(event.payload() instanceof MessageRouted routed)) {
            throw new EventJson.MalformedEventException("expected MessageRouted, got " + event.type(), null);
        }
        int inserted = em.createNativeQuery("""
                        insert into routed_message (event_id, shop_id, conversation_id, message_id, intent, product_id, text, envelope, received_at)
                        values (:eventId, :shopId, :conversationId, :messageId, :intent, :productId, :text, :envelope, now())
                        on conflict (event_id) do nothing""")
                .setParameter("eventId", event.eventId())
                .setParameter("shopId", event.shopId())
                .setParameter("conversationId", event.conversationId())
                .setParameter("messageId", routed.messageId())
                .setParameter("intent", routed.intent())
                .setParameter("productId", routed.productId())
                .setParameter("text", routed.text())
                .setParameter("envelope", record)
                .executeUpdate();
        return inserted == 1 ? Optional.of(event) : Optional.empty();
    }

    /** How many messages of a conversation this stage has taken in. */
    @Transactional
    public long count(String conversationId) {
        return ((Number) em.createNativeQuery("select count(*) from routed_message where conversation_id = :c")
                .setParameter("c", conversationId).getSingleResult()).longValue();
    }
}
