package com.dianxiaoer.order.app;

import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.order.domain.OrderDesk;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.persistence.OrderEntity;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The shop's order system reports a new status (paid, shipped, delivered, cancelled), in the order of its life cycle
 * and of its versions. Once paid, the customer is asked to check the address before the parcel leaves.
 */
@ApplicationScoped
public class MoveOrder {
    @Inject
    OrderPublisher publisher;

    @Inject
    Clock clock;

    public record StatusChange(OrderStatus status, int version, Instant at, String courier, String waybillNumber) {}

    @Transactional
    public Reported move(String shopId, String orderId, StatusChange c) {
        OrderEntity e = OrderEntity.lock(shopId, orderId).orElseThrow(() -> OrderNotFound.of(orderId));
        if (c.version() == e.version && c.status() == e.status) {
            return new Reported(e.toOrder(), false);
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
        if (c.status().needsParcel() && (blank(c.courier()) || blank(c.waybillNumber()))) {
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
        publisher.event(
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
            publisher.say(
                    e,
                    new BotReplied(
                            OrderDesk.confirmAddress(e.toOrder()), "address_change", OrderDesk.CONFIRM_BUTTONS, null));
        }
        return new Reported(e.toOrder(), true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
