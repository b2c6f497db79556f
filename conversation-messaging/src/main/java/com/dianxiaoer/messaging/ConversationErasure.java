package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A stage service's side of an erasure: the words of the conversation's routed messages are blanked (their event ids
 * stay, so a redelivered message is still recognised and not taken in again), the service's own eraser does the rest,
 * and the report goes out on the service's events topic in the same transaction. A redelivered request is reported once.
 */
@ApplicationScoped
public class ConversationErasure {
    @Inject
    EntityManager em;

    @Inject
    Instance<PersonalDataEraser> eraser;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "quarkus.application.name")
    String service;
    /** The service's own events topic, where greeting-service reads the reports. */
    @ConfigProperty(name = "dianxiaoer.erasure.report-topic")
    Optional<String> reportTopic;

    /** Called once per request (EventIntake remembers it), in the intake's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Envelope event, ErasureRequested request) {
        int records = em.createNativeQuery("""
                        update routed_message set text = '', envelope = '{}'
                        where conversation_id = :c and shop_id = :s and text <> ''""")
                .setParameter("c", event.conversationId())
                .setParameter("s", event.shopId())
                .executeUpdate();
        records += eraser.get().erase(event.shopId(), event.conversationId(), request.customerId());
        String topic = reportTopic.orElseThrow(() -> new IllegalStateException("set dianxiaoer.erasure.report-topic"));
        outbox.publish(
                topic,
                event.cause(null, Actor.system, service, new ErasureCompleted(request.erasureId(), service, records)));
    }
}
