package com.dianxiaoer.order.persistence;

import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.order.domain.Order;
import com.dianxiaoer.order.domain.OrderLine;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.domain.Receiver;
import com.dianxiaoer.order.domain.Tracking;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "shop_order")
public class OrderEntity extends PanacheEntityBase {
    private static final TypeReference<List<OrderLine>> LINES = new TypeReference<>() {};
    public static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shop_id")
    public String shopId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "conversation_id")
    public String conversationId;
    /** The buyer, as the shop's order system knows them; null for orders reported without one. */
    @Column(name = "customer_id")
    public String customerId;

    public int version;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    public String lines;
    public BigDecimal total;

    @Column(name = "receiver_name")
    public String receiverName;

    @Column(name = "receiver_phone")
    public String receiverPhone;

    @Column(name = "receiver_address")
    public String receiverAddress;

    public String courier;

    @Column(name = "waybill_number")
    public String waybillNumber;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public String remarks;

    @Column(name = "reminders_sent")
    public int remindersSent;

    @Column(name = "address_confirmed")
    public boolean addressConfirmed;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<OrderEntity> lock(String shopId, String orderId) {
        return find("shopId = ?1 and orderId = ?2", shopId, orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The conversation's newest order that is not finished, else its newest order. */
    /** The buyer's own: placed from this conversation, or by the customer the shop's page vouched for. */
    boolean belongsTo(String conversationId, String vouchedCustomerId) {
        return this.conversationId.equals(conversationId)
                || vouchedCustomerId != null && vouchedCustomerId.equals(customerId);
    }

    static Optional<OrderEntity> latestOf(String conversationId) {
        List<OrderEntity> all = list("conversationId = ?1 order by createdAt desc", conversationId);
        return all.stream()
                .filter(o -> o.status != OrderStatus.cancelled && o.status != OrderStatus.delivered)
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    public void lines(List<OrderLine> value) {
        lines = JsonColumn.write(value);
    }

    List<OrderLine> lineList() {
        return JsonColumn.read(lines, LINES);
    }

    /** Whether the order has this product: read from its own row, without the tracking a full {@link #toOrder()} loads. */
    public boolean sells(String productId) {
        return lineList().stream().anyMatch(l -> l.productId().equals(productId));
    }

    List<String> remarkList() {
        return JsonColumn.read(remarks, STRINGS);
    }

    public void addRemark(String remark) {
        List<String> all = new ArrayList<>(remarkList());
        if (!all.contains(remark)) {
            all.add(remark);
            remarks = JsonColumn.write(all);
        }
    }

    public Order toOrder() {
        List<Tracking> scans = TrackingEntity.<TrackingEntity>list("orderPk = ?1 order by at", id).stream()
                .map(TrackingEntity::toTracking)
                .toList();
        return new Order(
                shopId,
                orderId,
                conversationId,
                version,
                status,
                lineList(),
                total,
                new Receiver(receiverName, receiverPhone, receiverAddress),
                courier,
                waybillNumber,
                createdAt,
                paidAt,
                shippedAt,
                deliveredAt,
                scans,
                remarkList(),
                remindersSent,
                addressConfirmed);
    }
}
