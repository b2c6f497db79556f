package com.dianxiaoer.order.persistence;

import com.dianxiaoer.order.domain.Question;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The question the order desk left open in a conversation. */
@Entity
@Table(name = "pending_question")
public class PendingQuestionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "conversation_id")
    public String conversationId;

    @Enumerated(EnumType.STRING)
    public Question.Kind kind;

    @Column(name = "for_intent")
    public String forIntent;

    @Column(name = "asked_at")
    public Instant askedAt;

    public static Optional<Question> of(String conversationId) {
        return PendingQuestionEntity.<PendingQuestionEntity>findByIdOptional(conversationId)
                .map(q -> new Question(q.kind, q.forIntent));
    }

    /** Keeps the question the last answer left open, or forgets the old one when it left none. */
    public static void replace(String conversationId, Question asks, Instant at) {
        PendingQuestionEntity q = findById(conversationId);
        if (asks == null) {
            if (q != null) {
                q.delete();
            }
            return;
        }
        boolean fresh = q == null;
        if (fresh) {
            q = new PendingQuestionEntity();
            q.conversationId = conversationId;
        }
        q.kind = asks.kind();
        q.forIntent = asks.forIntent();
        q.askedAt = at;
        if (fresh) {
            q.persist();
        }
    }
}
