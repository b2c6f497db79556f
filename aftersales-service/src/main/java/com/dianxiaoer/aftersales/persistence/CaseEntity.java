package com.dianxiaoer.aftersales.persistence;

import com.dianxiaoer.aftersales.domain.ComplaintCase;
import com.dianxiaoer.messaging.JsonColumn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A complaint case: the columns the ops API filters on, and the domain's record stored whole as JSON. */
@Entity
@Table(name = "complaint_case")
public class CaseEntity extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "shop_id")
    public String shopId;

    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "order_id")
    public String orderId;

    public String category;
    public String severity;
    public String step;
    public boolean escalated;
    public boolean overdue;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "next_answer_by")
    public Instant nextAnswerBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public String state;

    /** The conversation's latest case that is not closed, locked for this transaction. */
    public static Optional<CaseEntity> lockLatestOf(String conversationId) {
        return CaseEntity.<CaseEntity>find(
                        "conversationId = ?1 and step <> 'closed' order by openedAt desc", conversationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Every case of a conversation, closed or not, locked. */
    public static List<CaseEntity> lockAllOf(String shopId, String conversationId) {
        return CaseEntity.<CaseEntity>find("shopId = ?1 and conversationId = ?2", shopId, conversationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public static Optional<CaseEntity> lock(UUID caseId) {
        return Optional.ofNullable(findById(caseId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The cases about an order that are not closed, locked. */
    public static List<CaseEntity> lockOfOrder(String shopId, String orderId) {
        return CaseEntity.<CaseEntity>find(
                        "shopId = ?1 and orderId = ?2 and step <> 'closed' order by openedAt", shopId, orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public static long countOfOrder(String shopId, String orderId) {
        return orderId == null ? 0 : count("shopId = ?1 and orderId = ?2", shopId, orderId);
    }

    /** Cases still being handled whose shop day may have ended, locked; another instance skips them. */
    @SuppressWarnings("unchecked")
    public static List<CaseEntity> openNotOverdue(int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        select * from complaint_case where step in ('heard', 'asking_facts', 'following') and not overdue
                        order by opened_at limit :limit for update skip locked""", CaseEntity.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public ComplaintCase current() {
        return JsonColumn.read(state, ComplaintCase.class);
    }

    public static CaseEntity create(ComplaintCase c, Instant now) {
        CaseEntity e = new CaseEntity();
        e.caseId = UUID.fromString(c.caseId);
        e.shopId = c.shopId;
        e.conversationId = c.conversationId;
        e.openedAt = c.openedAt;
        e.record(c, now);
        e.persist();
        return e;
    }

    public void record(ComplaintCase c, Instant now) {
        orderId = c.orderId;
        category = c.category.name();
        severity = c.severity();
        step = c.step.name();
        escalated = c.escalated;
        overdue = c.overdue;
        nextAnswerBy = c.nextAnswerBy;
        updatedAt = now;
        state = JsonColumn.write(c);
    }
}
