package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.aftersales.domain.ComplaintDesk;
import com.dianxiaoer.aftersales.domain.OrderFacts;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.aftersales.persistence.OrderFactEntity;
import com.dianxiaoer.aftersales.persistence.Policies;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.OrderChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Keeps after-sales in step with order-service (order.events): what is known of each order (its latest version
 * only; the delivery starts the return window), the cases about an order (a late parcel that arrives settles its
 * case), and the farewell with a request for a review after a delivery nobody complained about. Each event is
 * handled once (OrderEventsConsumer takes it in through EventIntake).
 */
@ApplicationScoped
public class FollowOrder {
    @Inject
    Policies policies;

    @Inject
    CaseRecorder recorder;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Envelope event, OrderChanged changed) {
        OrderFactEntity fact = OrderFactEntity.findById(changed.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (fact != null && fact.version >= changed.version()) {
            return;
        }
        boolean newlyDelivered =
                "delivered".equals(changed.status()) && (fact == null || !"delivered".equals(fact.status));
        boolean statusMoved = fact == null || !fact.status.equals(changed.status());
        if (fact == null) {
            fact = new OrderFactEntity();
            fact.orderId = changed.orderId();
            fact.shopId = event.shopId();
            fact.conversationId = event.conversationId();
        }
        fact.version = changed.version();
        fact.status = changed.status();
        if (changed.total() != null) {
            fact.total = changed.total();
        }
        if (changed.courier() != null) {
            fact.courier = changed.courier();
        }
        if (changed.trackingStatus() != null) {
            fact.trackingStatus = changed.trackingStatus();
        }
        switch (changed.status()) {
            case "paid" -> fact.paidAt = fact.paidAt == null ? event.occurredAt() : fact.paidAt;
            case "shipped" -> fact.shippedAt = fact.shippedAt == null ? event.occurredAt() : fact.shippedAt;
            case "delivered" -> fact.deliveredAt = fact.deliveredAt == null ? event.occurredAt() : fact.deliveredAt;
            default -> {}
        }
        fact.updatedAt = clock.instant();
        fact.persist();
        if (!statusMoved) {
            return;
        }
        OrderFacts facts = fact.facts();
        Origin origin = Origin.system(event.shopId(), event.conversationId(), event);
        ComplaintDesk desk = new ComplaintDesk(policies.of(event.shopId()));
        for (CaseEntity row : CaseEntity.lockOfOrder(event.shopId(), changed.orderId())) {
            recorder.apply(origin.in(row.conversationId), row, desk.orderMoved(row.current(), facts));
        }
        if (newlyDelivered && CaseEntity.countOfOrder(event.shopId(), changed.orderId()) == 0) {
            recorder.say(origin, ComplaintDesk.farewell());
        }
    }
}
