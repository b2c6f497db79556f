package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Intent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** One line of a conversation's transcript: what the customer, the bot or a person said, in sequence. */
@Entity
@Table(name = "transcript_item")
public class TranscriptItemEntity extends PanacheEntityBase {
    /** The customer's message id, or the eventId of the BotReplied that carried a reply (so a redelivered reply is stored once). */
    @Id
    public UUID id;

    @Column(name = "conversation_id")
    public UUID conversationId;

    public long seq;
    public String role;
    public String text;
    public String intent;
    /** For a reply, the stage that spoke it; for a customer's message, the stage that took it (null until read). */
    @Enumerated(EnumType.STRING)
    public Stage stage;
    /** JSON array of strings. */
    @Column(name = "quick_replies")
    public String quickReplies;

    @Column(name = "client_message_id")
    public String clientMessageId;

    public Instant at;
    /** The name of the person who wrote a line of role agent. */
    public String author;
    /** The customer message a reply answers; null for the customer's own lines and for what answers nothing. */
    @Column(name = "in_reply_to")
    public UUID inReplyTo;

    public static List<TranscriptItemEntity> after(UUID conversationId, long afterSeq, int limit) {
        return find("conversationId = ?1 and seq > ?2 order by seq", conversationId, afterSeq)
                .page(0, limit)
                .list();
    }

    /** The last sequence number of each of these conversations that has items. */
    public static Map<UUID, Long> latestSeqs(List<UUID> conversationIds) {
        Map<UUID, Long> latest = new HashMap<>();
        for (int from = 0; from < conversationIds.size(); from += 1000) {
            getEntityManager()
                    .createQuery(
                            "select t.conversationId, max(t.seq) from TranscriptItemEntity t"
                                    + " where t.conversationId in :ids group by t.conversationId",
                            Object[].class)
                    .setParameter("ids", conversationIds.subList(from, Math.min(conversationIds.size(), from + 1000)))
                    .getResultList()
                    .forEach(row -> latest.put((UUID) row[0], (Long) row[1]));
        }
        return latest;
    }

    public static Optional<TranscriptItemEntity> lastReplyBefore(UUID conversationId, long beforeSeq) {
        return find(
                        "conversationId = ?1 and seq < ?2 and role <> 'customer' order by seq desc",
                        conversationId,
                        beforeSeq)
                .firstResultOptional();
    }

    /** The customer's last request before {@code beforeSeq}: what the conversation is about now. */
    public static Optional<TranscriptItemEntity> lastRequestBefore(UUID conversationId, long beforeSeq) {
        return find(LAST_REQUEST_BEFORE, conversationId, beforeSeq).firstResultOptional();
    }

    /**
     * The requests are written into the query, not bound as a list parameter for Hibernate to expand on every run: it
     * runs for every message, and bound as a list it took three times the CPU of lastReplyBefore (a profile under load).
     */
    private static final String LAST_REQUEST_BEFORE =
            "conversationId = ?1 and seq < ?2 and role = 'customer' and intent in ("
                    + Arrays.stream(Intent.values())
                            .filter(Intent::isRequest)
                            .map(intent -> "'" + intent.name() + "'")
                            .collect(Collectors.joining(","))
                    + ") order by seq desc";

    public static Optional<TranscriptItemEntity> lastOfRole(UUID conversationId, String role) {
        return find("conversationId = ?1 and role = ?2 order by seq desc", conversationId, role)
                .firstResultOptional();
    }

    public static Optional<TranscriptItemEntity> byClientMessageId(UUID conversationId, String clientMessageId) {
        return find("conversationId = ?1 and clientMessageId = ?2", conversationId, clientMessageId)
                .firstResultOptional();
    }
}
