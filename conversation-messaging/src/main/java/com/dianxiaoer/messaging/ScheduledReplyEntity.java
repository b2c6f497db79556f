package com.dianxiaoer.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A reply that waits for its moment in the database (a supervisor's answer, a satisfaction question), so a restart does not lose it. */
@Entity
@Table(name = "scheduled_reply")
public class ScheduledReplyEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "due_at")
    public Instant dueAt;

    public String topic;
    public String payload;

    /** Due replies, locked; another instance skips them rather than sending them twice. */
    @SuppressWarnings("unchecked")
    public static List<ScheduledReplyEntity> due(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from scheduled_reply where due_at <= :now order by due_at limit :limit for update skip locked",
                        ScheduledReplyEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** A conversation's replies still waiting, locked; the sweep skips them while this transaction holds them. */
    @SuppressWarnings("unchecked")
    public static List<ScheduledReplyEntity> waiting(String conversationId) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from scheduled_reply where conversation_id = :c order by due_at for update skip locked",
                        ScheduledReplyEntity.class)
                .setParameter("c", conversationId)
                .getResultList();
    }
}
