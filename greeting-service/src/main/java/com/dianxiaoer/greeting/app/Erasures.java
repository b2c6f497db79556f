package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ErasureEntity;
import com.dianxiaoer.greeting.persistence.ErasureStepEntity;
import com.dianxiaoer.web.Ids;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Erases conversations in every service (PIPL/GDPR): greeting-service forgets the customer and deletes the transcript
 * and the stage facts at once, in the transaction that records the erasure, then asks each stage service on its routed
 * topic, behind every message routed to it before. The erasure is complete when every stage service has reported on
 * every conversation.
 */
@ApplicationScoped
public class Erasures {
    public static final String HERE = ConversationPublisher.PRODUCER;
    static final String ORDER_SERVICE = "order-service";
    /** Each stage service and the topic it takes the conversation's messages, and so its erasure, from. */
    public static final Map<String, String> STAGE_SERVICES = Map.of(
            "negotiation-service",
            Topics.ROUTED_NEGOTIATION,
            ORDER_SERVICE,
            Topics.ROUTED_ORDER,
            "aftersales-service",
            Topics.ROUTED_AFTERSALES);

    @Inject
    EntityManager em;

    @Inject
    ConversationPublisher publisher;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /**
     * One customer of a shop, by the shop's own id of them: every conversation they had, and their orders, also those
     * of a buyer who never chatted or whose conversations are gone already: order-service gets a request of its own for
     * the buyer, keyed by a name-based id of the shop and the customer.
     */
    @Transactional
    public ErasureEntity eraseCustomer(String shopId, String customerId) {
        ErasureEntity erasure =
                erase(shopId, ConversationEntity.lockOfCustomer(shopId, customerId), "customer_request", customerId);
        UUID buyer = UUID.nameUUIDFromBytes(("customer:" + shopId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
        ErasureStepEntity.awaited(erasure.id, buyer, ORDER_SERVICE);
        publisher.publish(
                STAGE_SERVICES.get(ORDER_SERVICE),
                Envelope.of(
                        shopId,
                        buyer.toString(),
                        null,
                        Actor.system,
                        HERE,
                        null,
                        null,
                        new ErasureRequested(erasure.id.toString(), "customer_request", customerId)));
        erasure.completedAt = null;
        return erasure;
    }

    /** One visitor's conversation, for a customer the shop knows only by it. */
    @Transactional
    public ErasureEntity eraseConversation(String shopId, ConversationEntity conversation) {
        ConversationEntity locked = ConversationEntity.lock(conversation.id).orElseThrow();
        // Only a customer the shop's page vouched for names orders: a visitor's label could be anyone's id.
        return erase(
                shopId,
                locked.erased() ? List.of() : List.of(locked),
                "customer_request",
                locked.customerVerified ? locked.customerId : null);
    }

    /** The shop's conversations quiet for longer than its retention period, at most {@code limit} of them. */
    @Transactional
    public int erasePastRetention(String shopId, int retentionDays, int limit) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        List<ConversationEntity> old = ConversationEntity.lockQuietSince(shopId, cutoff, limit);
        if (!old.isEmpty()) {
            erase(shopId, old, "retention", null);
        }
        return old.size();
    }

    private ErasureEntity erase(
            String shopId, List<ConversationEntity> conversations, String reason, String customerId) {
        Instant now = clock.instant();
        ErasureEntity erasure = ErasureEntity.start(shopId, reason, conversations.size(), now);
        for (ConversationEntity conversation : conversations) {
            int records = em.createNativeQuery("delete from transcript_item where conversation_id = :c")
                            .setParameter("c", conversation.id)
                            .executeUpdate()
                    + em.createNativeQuery("delete from conversation_facts where conversation_id = :c")
                            .setParameter("c", conversation.id)
                            .executeUpdate()
                    + 1;
            conversation.erase(now);
            ErasureStepEntity.reported(erasure.id, conversation.id, HERE, records, now);
            ErasureRequested request = new ErasureRequested(erasure.id.toString(), reason, customerId);
            STAGE_SERVICES.forEach((service, topic) -> {
                ErasureStepEntity.awaited(erasure.id, conversation.id, service);
                publisher.publish(
                        topic,
                        Envelope.of(shopId, conversation.id.toString(), null, Actor.system, HERE, null, null, request));
            });
        }
        if (conversations.isEmpty()) {
            erasure.completedAt = now;
        }
        metrics.counter("dianxiaoer.erasure.conversations", "reason", reason).increment(conversations.size());
        return erasure;
    }

    /** Where an erasure stands: each service's reports so far, greeting-service's own first. */
    public record Status(ErasureEntity erasure, List<ServiceReport> services) {
        public boolean complete() {
            return erasure.completedAt != null;
        }
    }

    /** How many of the erasure's conversations a service has reported on, and how many rows it erased. */
    public record ServiceReport(String service, int reported, int of, int records) {}

    @Transactional
    public Optional<Status> status(String shopId, UUID erasureId) {
        return ErasureEntity.ofShop(shopId, erasureId).map(this::status);
    }

    @Transactional
    public List<Status> latest(String shopId, int limit) {
        return ErasureEntity.latestOf(shopId, limit).stream().map(this::status).toList();
    }

    private Status status(ErasureEntity erasure) {
        List<ErasureStepEntity> steps = ErasureStepEntity.ofErasure(erasure.id);
        List<String> services = new ArrayList<>(List.of(HERE));
        services.addAll(new TreeSet<>(STAGE_SERVICES.keySet()));
        return new Status(
                erasure,
                services.stream()
                        .map(service -> {
                            List<ErasureStepEntity> of = steps.stream()
                                    .filter(s -> s.key.service().equals(service))
                                    .toList();
                            List<ErasureStepEntity> reported = of.stream()
                                    .filter(s -> s.reportedAt != null)
                                    .toList();
                            return new ServiceReport(
                                    service,
                                    reported.size(),
                                    of.size(),
                                    reported.stream().mapToInt(s -> s.records).sum());
                        })
                        .toList());
    }

    /** A stage service's report on one conversation; the last one completes the erasure. A repeated report changes nothing. */
    @Transactional
    public void recordReport(Envelope event, ErasureCompleted report) {
        UUID erasureId = Ids.uuid(report.erasureId()).orElse(null);
        UUID conversationId = Ids.uuid(event.conversationId()).orElse(null);
        if (erasureId == null || conversationId == null) {
            return; // not one of ours
        }
        ErasureEntity erasure = ErasureEntity.lock(erasureId).orElse(null);
        ErasureStepEntity step = ErasureStepEntity.of(erasureId, conversationId, report.service())
                .orElse(null);
        if (erasure == null || step == null || step.reportedAt != null) {
            return;
        }
        step.records = report.records();
        step.reportedAt = clock.instant();
        if (ErasureStepEntity.awaitedOf(erasureId) == 0) {
            erasure.completedAt = step.reportedAt;
        }
    }
}
