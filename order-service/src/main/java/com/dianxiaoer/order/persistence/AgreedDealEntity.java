package com.dianxiaoer.order.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A deal from negotiation.events, kept until the order it belongs to arrives from the shop's order system. */
@Entity
@Table(name = "agreed_deal")
public class AgreedDealEntity extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "shop_id")
    public String shopId;

    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "product_id")
    public String productId;

    @Column(name = "product_name")
    public String productName;

    public int quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String gifts;

    @Column(name = "free_shipping")
    public boolean freeShipping;

    @Column(name = "agreed_at")
    public Instant agreedAt;

    @Column(name = "applied_to")
    public Long appliedTo;
}
