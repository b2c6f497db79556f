package com.dianxiaoer.order.persistence;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.AddressChanged;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.ShopTaskRequested;
import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.order.domain.Answer;
import com.dianxiaoer.order.domain.Order;
import com.dianxiaoer.order.domain.OrderDesk;
import com.dianxiaoer.order.domain.OrderLine;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.domain.Receiver;
import com.dianxiaoer.order.domain.Tracking;
import com.dianxiaoer.order.domain.WarehouseRemark;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The orders the shop's order system reports, kept in step with it: every accepted change is stored and published
 * (OrderChanged on order.events) in one transaction, and a repeated report changes nothing.
 */
@ApplicationScoped
public class Orders {
    public static final String PRODUCER = "order-service";

    @Inject
    Outbox outbox;

    @Inject
    ShopRules shopRules;

    @Inject
    Clock clock;

    public record NewOrder(
            String orderId,
            String conversationId,
            int version,
            List<OrderLine> lines,
            BigDecimal total,
            Receiver receiver,
            Instant createdAt,
            String customerId) {}

    public record StatusChange(OrderStatus status, int version, Instant at, String courier, String waybillNumber) {}

    /** The order after the call, and whether the call changed it (false: a repeat of what was already known). */
    public record Result(Order order, boolean changed) {}

    @Transactional
    public Result create(String shopId, NewOrder n) {
        Optional<OrderEntity> existing = OrderEntity.lock(shopId, n.orderId());
        if (existing.isPresent()) {
            if (existing.get().version == n.version()) {
                return new Result(existing.get().toOrder(), false);
            }
            throw ApiException.conflict(
                    "order_exists",
                    "order " + n.orderId() + " exists at version " + existing.get().version
                            + "; report changes to its status and tracking endpoints");
        }
        OrderEntity e = new OrderEntity();
        e.shopId = shopId;
        e.orderId = n.orderId();
        e.conversationId = n.conversationId();
        e.customerId = n.customerId();
        e.version = n.version();
        e.status = OrderStatus.created;
        e.lines(n.lines());
        e.total = n.total();
        e.receiverName = n.receiver().name();
        e.receiverPhone = n.receiver().phone();
        e.receiverAddress = n.receiver().address();
        e.createdAt = n.createdAt() == null ? clock.instant() : n.createdAt();
        e.remarks = "[]";
        e.updatedAt = clock.instant();
        e.persist();
        // Only the latest deal per product counts: an earlier one was superseded in the chat.
        java.util.Set<String> seen = new java.util.HashSet<>();
        AgreedDealEntity.<AgreedDealEntity>list(
                        "conversationId = ?1 and appliedTo is null order by agreedAt desc", n.conversationId())
                .stream()
                .filter(deal -> seen.add(deal.productId))
                .forEach(deal -> applyDeal(deal, e));
        publish(e, new OrderChanged(e.orderId, e.version, e.status.name(), null, "created", e.total, null, null, null));
        return new Result(e.toOrder(), true);
    }

    @Transactional
    public Result move(String shopId, String orderId, StatusChange c) {
        OrderEntity e = OrderEntity.lock(shopId, orderId).orElseThrow(() -> notFound(orderId));
        if (c.version() == e.version && c.status() == e.status) {
            return new Result(e.toOrder(), false);
        }
        if (c.version() <= e.version) {
            throw ApiException.conflict(
                    "stale_version",
                    "order " + orderId + " is at version " + e.version + "; version " + c.version() + " is not newer");
        }
        if (!e.status.canMoveTo(c.status())) {
            throw ApiException.conflict(
                    "illegal_transition", "an order that is " + e.status + " cannot become " + c.status());
        }
        if (c.status() == OrderStatus.shipped && (blank(c.courier()) || blank(c.waybillNumber()))) {
            throw ApiException.badRequest("invalid_request", "a shipped order needs courier and waybillNumber");
        }
        OrderStatus before = e.status;
        Instant at = c.at() == null ? clock.instant() : c.at();
        e.status = c.status();
        e.version = c.version();
        e.updatedAt = clock.instant();
        switch (c.status()) {
            case paid -> e.paidAt = at;
            case shipped -> {
                e.shippedAt = at;
                e.courier = c.courier();
                e.waybillNumber = c.waybillNumber();
            }
            case delivered -> e.deliveredAt = at;
            default -> {}
        }
        publish(
                e,
                new OrderChanged(
                        e.orderId,
                        e.version,
                        e.status.name(),
                        before.name(),
                        "status",
                        e.total,
                        e.courier,
                        e.waybillNumber,
                        null));
        if (c.status() == OrderStatus.paid) {
            Order order = e.toOrder();
            say(e, new BotReplied(OrderDesk.confirmAddress(order), "address_change", OrderDesk.CONFIRM_BUTTONS, null));
        }
        return new Result(e.toOrder(), true);
    }

    @Transactional
    public Result track(String shopId, String orderId, Tracking scan) {
        OrderEntity e = OrderEntity.lock(shopId, orderId).orElseThrow(() -> notFound(orderId));
        if (e.status != OrderStatus.shipped && e.status != OrderStatus.delivered) {
            throw ApiException.conflict(
                    "not_shipped", "order " + orderId + " is " + e.status + "; it has no parcel to track yet");
        }
        if (TrackingEntity.count("orderPk = ?1 and at = ?2 and status = ?3", e.id, scan.at(), scan.status()) > 0) {
            return new Result(e.toOrder(), false);
        }
        TrackingEntity t = new TrackingEntity();
        t.orderPk = e.id;
        t.courier = scan.courier();
        t.waybillNumber = scan.waybillNumber();
        t.status = scan.status();
        t.place = scan.place();
        t.at = scan.at();
        t.persist();
        e.updatedAt = clock.instant();
        publish(
                e,
                new OrderChanged(
                        e.orderId,
                        e.version,
                        e.status.name(),
                        e.status.name(),
                        "tracking",
                        e.total,
                        scan.courier(),
                        scan.waybillNumber(),
                        scan.status()));
        return new Result(e.toOrder(), true);
    }

    @Transactional
    public Optional<Order> find(String shopId, String orderId) {
        return OrderEntity.<OrderEntity>find("shopId = ?1 and orderId = ?2", shopId, orderId)
                .firstResultOptional()
                .map(OrderEntity::toOrder);
    }

    /** The order a customer's message is about: the one they name, else the conversation's current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Order> about(
            String shopId, String conversationId, Optional<String> namedOrderId, String vouchedCustomerId) {
        // Someone else's order and no order at all look the same from here: a stranger learns nothing by trying
        // numbers.
        // A named order is that order or none: never this conversation's other order in its place.
        if (namedOrderId.isPresent()) {
            return OrderEntity.<OrderEntity>find("shopId = ?1 and orderId = ?2", shopId, namedOrderId.get())
                    .<OrderEntity>firstResultOptional()
                    .filter(e -> e.belongsTo(conversationId, vouchedCustomerId))
                    .map(OrderEntity::toOrder);
        }
        return OrderEntity.latestOf(conversationId).map(OrderEntity::toOrder);
    }

    /** The unit price agreed in this conversation's latest deal, for "拍下改价". */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BigDecimal> agreedPrice(String conversationId) {
        return AgreedDealEntity.<AgreedDealEntity>find("conversationId = ?1 order by agreedAt desc", conversationId)
                .firstResultOptional()
                .map(d -> d.unitPrice);
    }

    /** Records what the customer's answer changed on their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Order order, Answer.Action action) {
        if (action instanceof Answer.Action.None) {
            return;
        }
        OrderEntity e = OrderEntity.lock(order.shopId(), order.orderId()).orElseThrow();
        if (action instanceof Answer.Action.ConfirmAddress) {
            e.addressConfirmed = true;
        } else if (action instanceof Answer.Action.ChangeAddress change) {
            if (!e.status.beforeShipment()) {
                return; // shipped meanwhile: the reply already explained, nothing to change
            }
            e.receiverAddress = change.receiver().address();
            e.addressConfirmed = true;
            publish(
                    e,
                    new AddressChanged(
                            e.orderId,
                            e.version,
                            Receiver.region(e.receiverAddress),
                            change.receiver().maskedAddress()));
        } else if (action instanceof Answer.Action.AddRemark remark) {
            e.addRemark(remark.remark());
        } else if (action instanceof Answer.Action.ShopTask task) {
            publish(
                    e,
                    new ShopTaskRequested(task.task(), e.orderId, null, e.courier, e.waybillNumber, null, task.note()));
        }
        e.updatedAt = clock.instant();
    }

    /** A deal from the chat: kept once, and written into the order's remarks as soon as the order is there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dealAgreed(Envelope event, DealAgreed deal) {
        if (AgreedDealEntity.findById(event.eventId()) != null) {
            return;
        }
        AgreedDealEntity d = new AgreedDealEntity();
        d.eventId = event.eventId();
        d.shopId = event.shopId();
        d.conversationId = event.conversationId();
        d.productId = deal.productId();
        d.productName = deal.productName() == null ? deal.productId() : deal.productName();
        d.quantity = deal.quantity();
        d.unitPrice = deal.unitPrice();
        d.gifts = JsonColumn.write(deal.gifts());
        d.freeShipping = deal.freeShipping();
        d.agreedAt = event.occurredAt();
        d.persist();
        OrderEntity.<OrderEntity>list("conversationId = ?1 order by createdAt desc", event.conversationId()).stream()
                .filter(o -> o.status.beforeShipment() && o.sells(deal.productId()))
                .findFirst()
                .ifPresent(o -> applyDeal(d, o));
    }

    private void applyDeal(AgreedDealEntity deal, OrderEntity order) {
        if (!order.sells(deal.productId) || !deal.shopId.equals(order.shopId)) {
            return;
        }
        List<String> gifts = JsonColumn.read(deal.gifts, OrderEntity.STRINGS);
        order.addRemark(WarehouseRemark.of(
                deal.productName,
                deal.quantity,
                deal.unitPrice,
                gifts,
                deal.freeShipping,
                shopRules.of(order.shopId).couriers().get(0)));
        deal.appliedTo = order.id;
    }

    /** A message of the order desk's own (a reminder, the address check) into the customer's conversation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void say(OrderEntity order, BotReplied reply) {
        outbox.publish(
                Topics.REPLIES,
                Envelope.of(order.shopId, order.conversationId, null, Actor.bot, PRODUCER, null, null, reply));
    }

    private void publish(OrderEntity e, Payload payload) {
        outbox.publish(
                Topics.ORDER_EVENTS,
                Envelope.of(e.shopId, e.conversationId, null, Actor.system, PRODUCER, null, null, payload));
    }

    private static ApiException notFound(String orderId) {
        return ApiException.notFound("order_not_found", "no order " + orderId + " in this shop");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
