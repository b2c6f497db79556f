package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.greeting.domain.ConversationState;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.web.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "conversation")
public class ConversationEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "shop_id")
    public String shopId;

    @Column(name = "customer_id")
    public String customerId;

    public String locale;
    /** The shop's page vouched for customerId (a signed identity); otherwise it is only a visitor's label. */
    @Column(name = "customer_verified")
    public boolean customerVerified;
    /** SHA-256 of the conversation token: a leaked database does not leak working tokens. */
    @Column(name = "token_hash")
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    public boolean welcomed;

    @Column(name = "product_id")
    public String productId;
    /** The last transcript sequence number handed out; incremented under this row's lock. */
    @Column(name = "last_seq")
    public long lastSeq;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Since when the customer waits for a person (stage human); null otherwise. */
    @Column(name = "handoff_at")
    public Instant handoffAt;
    /** The stage the bot was in when the customer asked for a person. */
    @Enumerated(EnumType.STRING)
    @Column(name = "handoff_from")
    public Stage handoffFrom;
    /** The shop account that has taken the conversation, one at a time. */
    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "agent_name")
    public String agentName;
    /** When a person first answered in this handoff. */
    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "holding_sent")
    public boolean holdingSent;

    @Column(name = "after_hours")
    public boolean afterHours;
    /** The account whose service the customer was asked to rate, until the customer answers or moves on. */
    @Column(name = "rating_for")
    public UUID ratingFor;
    /** When the conversation's personal data was erased; its row stays so that late events for it are dropped. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** Locks the row: everything that appends to one conversation's transcript goes through this lock, in order. */
    public static Optional<ConversationEntity> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A shop's conversations with a person, the longest waiting first (those left after hours are the oldest). */
    public static List<ConversationEntity> waitingForAgent(String shopId) {
        return list("shopId = ?1 and stage = ?2 order by handoffAt, id", shopId, Stage.human);
    }

    /** Conversations waiting for a person's first answer that have had no holding message yet (each shop's wait differs). */
    public static List<ConversationEntity> waitingWithoutHolding(Instant since) {
        return list(
                "stage = ?1 and answeredAt is null and holdingSent = false and handoffAt < ?2 order by handoffAt",
                Stage.human,
                since);
    }

    /** The conversation with this id as a client wrote it; none for an id that is not even a UUID. */
    public static Optional<ConversationEntity> byClientId(String id, boolean lock) {
        return Ids.uuid(id).flatMap(uuid -> lock ? lock(uuid) : findByIdOptional(uuid));
    }

    /** A shop's conversations with this customer (the shop's id of them) not yet erased, locked. */
    public static List<ConversationEntity> lockOfCustomer(String shopId, String customerId) {
        return ConversationEntity.<ConversationEntity>find(
                        "shopId = ?1 and customerId = ?2 and erasedAt is null", shopId, customerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * A shop's conversations quiet since before {@code cutoff} and not yet erased, oldest first, locked; those another
     * instance's sweep holds are skipped.
     */
    @SuppressWarnings("unchecked")
    public static List<ConversationEntity> lockQuietSince(String shopId, Instant cutoff, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        select * from conversation where shop_id = :shop and erased_at is null and updated_at < :cutoff
                        order by updated_at limit :limit for update skip locked""", ConversationEntity.class)
                .setParameter("shop", shopId)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList();
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /**
     * Forgets who the customer was: no customer id, no person attached. The token's hash stays, so only the holder of
     * the token learns that it was erased (410); the transcript and the stage facts are deleted by the caller.
     */
    public void erase(Instant now) {
        customerId = null;
        customerVerified = false;
        endHandoff();
        ratingFor = null;
        erasedAt = now;
        updatedAt = now;
    }

    /** The customer asks for a person (the stage becomes human): the queue's clock starts, nobody has it yet. */
    public void startHandoff(Instant now, boolean outsideServiceHours) {
        handoffAt = now;
        handoffFrom = stage;
        afterHours = outsideServiceHours;
        agentId = null;
        agentName = null;
        answeredAt = null;
        holdingSent = false;
    }

    /** A person hands the conversation back or closes it: the bot answers again, and the handoff's state is gone. */
    public void endHandoff() {
        stage = Stage.greeting;
        handoffAt = null;
        handoffFrom = null;
        agentId = null;
        agentName = null;
        answeredAt = null;
        holdingSent = false;
        afterHours = false;
    }

    /** Seconds since the customer asked for a person (0 when nobody was asked for). */
    public long secondsWaited(Instant now) {
        return handoffAt == null
                ? 0
                : Math.max(0, Duration.between(handoffAt, now).toSeconds());
    }

    public long nextSeq() {
        return ++lastSeq;
    }

    /** The state the front desk decides from; the buttons are those of the last reply before {@code beforeSeq}. */
    public ConversationState state(long beforeSeq) {
        var lastReply = TranscriptItemEntity.lastReplyBefore(id, beforeSeq);
        List<String> buttons = lastReply.map(Transcript::quickReplies).orElse(List.of());
        var lastRequest = TranscriptItemEntity.lastRequestBefore(id, beforeSeq);
        return new ConversationState(
                stage,
                welcomed,
                productId,
                buttons,
                lastReply.map(r -> r.text).orElse(null),
                lastRequest.flatMap(r -> Intent.parse(r.intent)).orElse(null),
                lastRequest.map(r -> r.text).orElse(null));
    }
}
