package com.dianxiaoer.aftersales.persistence;

import com.dianxiaoer.aftersales.domain.OrderFacts;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** What order-service's events said about an order: the latest version only, and when it was paid, shipped, delivered. */
@Entity
@Table(name = "order_fact")
public class OrderFactEntity extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(name = "shop_id")
    public String shopId;

    @Column(name = "conversation_id")
    public String conversationId;

    public int version;
    public String status;
    public BigDecimal total;
    public String courier;

    @Column(name = "tracking_status")
    public String trackingStatus;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public OrderFacts facts() {
        return new OrderFacts(orderId, version, status, total, courier, trackingStatus, paidAt, shippedAt, deliveredAt);
    }

    public static Optional<OrderFacts> of(String shopId, String orderId) {
        return OrderFactEntity.<OrderFactEntity>findByIdOptional(orderId)
                .filter(o -> o.shopId.equals(shopId))
                .map(OrderFactEntity::facts);
    }

    /**
     * An order named by its number, only when it was placed from this conversation: a stranger who types someone
     * else's number gets no facts of it (the case goes on as for an order the shop does not know, and a person checks).
     */
    public static Optional<OrderFacts> ofConversation(String shopId, String orderId, String conversationId) {
        return OrderFactEntity.<OrderFactEntity>findByIdOptional(orderId)
                .filter(o -> o.shopId.equals(shopId) && o.conversationId.equals(conversationId))
                .map(OrderFactEntity::facts);
    }

    /** The order of the conversation that moved last. */
    public static Optional<OrderFacts> latestOf(String conversationId) {
        return OrderFactEntity.<OrderFactEntity>find("conversationId = ?1 order by updatedAt desc", conversationId)
                .firstResultOptional()
                .map(OrderFactEntity::facts);
    }
}
