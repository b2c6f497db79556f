package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.MessageRouted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Where a stage service takes in the messages routed to it (through EventIntake: once each, retried while failures
 * pass), each stored in its routed_message table. Plain SQL rather than an entity, so the front desk, which shares
 * this library but has no such table, is not asked to map it. An erasure comes on the same topic, keyed by the same
 * conversation, so it follows the messages routed before it; it is handled here and never reaches the stage's
 * handler. Any other record is refused, so the consumer dead-letters it.
 */
@ApplicationScoped
public class RoutedInbox {
    @Inject
    EntityManager em;

    @Inject
    EventIntake intake;

    @Inject
    ConversationErasure erasure;

    /** Takes in one record of the stage's routed topic and hands a new routed message to the stage, in one transaction. */
    public void take(String record, Consumer<Envelope> stage) {
        intake.take(record, Payload.class, (event, payload) -> {
            if (payload instanceof ErasureRequested request) {
                erasure.erase(event, request);
            } else if (!(payload instanceof MessageRouted routed)) {
                throw new EventJson.MalformedEventException("expected MessageRouted, got " + event.type(), null);
            } else if (store(event, routed, record)) {
                stage.accept(event);
            }
        });
    }

    /** False when the message is stored already (taken in before processed_event remembered events). */
    private boolean store(Envelope event, MessageRouted routed, String record) {
        return em.createNativeQuery("""
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
                        .executeUpdate()
                == 1;
    }

    /** How many messages of a conversation this stage has taken in. */
    @Transactional
    public long count(String conversationId) {
        return ((Number) em.createNativeQuery("select count(*) from routed_message where conversation_id = :c")
                        .setParameter("c", conversationId)
                        .getSingleResult())
                .longValue();
    }
}
