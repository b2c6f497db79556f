package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.negotiation.domain.NegotiationState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One conversation's bargaining over one product; the state is the domain's record, stored whole as JSON. */
@Entity
@Table(name = "negotiation")
@IdClass(NegotiationEntity.Key.class)
public class NegotiationEntity extends PanacheEntityBase {
    @Id
    @Column(name = "conversation_id")
    public String conversationId;

    @Id
    @Column(name = "product_id")
    public String productId;

    @Column(name = "shop_id")
    public String shopId;

    public String status;
    public String state;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The negotiation, locked for this transaction, or a new one that starts fresh. */
    public static NegotiationEntity lockOrStart(String shopId, String conversationId, String productId) {
        NegotiationEntity e = findById(new Key(conversationId, productId), LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            e = new NegotiationEntity();
            e.conversationId = conversationId;
            e.productId = productId;
            e.shopId = shopId;
            e.record(NegotiationState.start(productId));
            e.persist();
        }
        return e;
    }

    public NegotiationState current() {
        return JsonColumn.read(state, NegotiationState.class);
    }

    public void record(NegotiationState next) {
        state = JsonColumn.write(next);
        status = next.status().name();
        updatedAt = Instant.now();
    }

    public static class Key implements Serializable {
        public String conversationId;
        public String productId;

        public Key() {}

        Key(String conversationId, String productId) {
            this.conversationId = conversationId;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(conversationId, k.conversationId)
                    && Objects.equals(productId, k.productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, productId);
        }
    }
}
