package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.greeting.domain.ConversationState;
import com.dianxiaoer.nlu.Intent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

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

    /** Locks the row: everything that appends to one conversation's transcript goes through this lock, in order. */
    public static Optional<ConversationEntity> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static List<ConversationEntity> waitingForAgent(String shopId) {
        return list("shopId = ?1 and stage = ?2 order by updatedAt", shopId, Stage.human);
    }

    public long nextSeq() {
        return ++lastSeq;
    }

    /** The state the front desk decides from; the buttons are those of the last reply before {@code beforeSeq}. */
    public ConversationState state(long beforeSeq) {
        var lastReply = TranscriptItemEntity.lastReplyBefore(id, beforeSeq);
        List<String> buttons = lastReply.map(Transcript::quickReplies).orElse(List.of());
        var lastRequest = TranscriptItemEntity.lastRequestBefore(id, beforeSeq);
        return new ConversationState(stage, welcomed, productId, buttons, lastReply.map(r -> r.text).orElse(null),
                lastRequest.flatMap(r -> Intent.parse(r.intent)).orElse(null), lastRequest.map(r -> r.text).orElse(null));
    }
}
