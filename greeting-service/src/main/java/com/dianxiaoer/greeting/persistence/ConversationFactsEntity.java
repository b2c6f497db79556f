package com.dianxiaoer.greeting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What the stage services reported about one conversation: the deal, the order, the complaint case. Three consumers
 * write it; each update writes only the columns it changed, so one's news never overwrites another's.
 */
@Entity
@DynamicUpdate
@Table(name = "conversation_facts")
public class ConversationFactsEntity extends PanacheEntityBase {
    @Id
    @Column(name = "conversation_id")
    public UUID conversationId;

    @Column(name = "deal_product")
    public String dealProduct;

    @Column(name = "deal_quantity")
    public Integer dealQuantity;

    @Column(name = "deal_unit_price")
    public BigDecimal dealUnitPrice;
    /** Comma-separated. */
    @Column(name = "deal_gifts")
    public String dealGifts;
    /** agreed or ended (the shopper left without a deal). */
    @Column(name = "bargaining_state")
    public String bargainingState;

    @Column(name = "bargaining_rounds")
    public Integer bargainingRounds;

    @Column(name = "bargaining_concessions")
    public Integer bargainingConcessions;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "order_status")
    public String orderStatus;

    @Column(name = "complaint_case_id")
    public String complaintCaseId;

    @Column(name = "complaint_category")
    public String complaintCategory;

    @Column(name = "complaint_severity")
    public String complaintSeverity;
    /** opened, escalated or resolved. */
    @Column(name = "complaint_state")
    public String complaintState;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The row to update, new when the conversation has none yet. */
    public static ConversationFactsEntity of(UUID conversationId, Instant at) {
        ConversationFactsEntity facts = findById(conversationId);
        if (facts == null) {
            facts = new ConversationFactsEntity();
            facts.conversationId = conversationId;
            facts.updatedAt = at;
            facts.persist();
        }
        return facts;
    }
}
