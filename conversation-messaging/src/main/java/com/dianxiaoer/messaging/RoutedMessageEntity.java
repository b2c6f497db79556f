package com.dianxiaoer.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer message the front desk handed to a stage service, kept once per event so that nothing a customer
 * said is lost between the services. Each stage service creates the table in its own schema.
 */
@Entity
@Table(name = "routed_message")
public class RoutedMessageEntity extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "shop_id")
    public String shopId;
    @Column(name = "conversation_id")
    public String conversationId;
    @Column(name = "message_id")
    public String messageId;
    public String intent;
    @Column(name = "product_id")
    public String productId;
    public String text;
    /** The whole envelope as received, for the stage logic and for replay. */
    public String envelope;
    @Column(name = "received_at")
    public Instant receivedAt;
}
