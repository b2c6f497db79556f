package com.dianxiaoer.order.app;

import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.domain.Tracking;
import com.dianxiaoer.order.persistence.OrderEntity;
import com.dianxiaoer.order.persistence.TrackingEntity;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The courier's scan of a shipped parcel, kept once, for the customer's "物流到哪了" and for after-sales. */
@ApplicationScoped
public class RecordTracking {
    @Inject
    OrderPublisher publisher;

    @Inject
    Clock clock;

    @Transactional
    public Reported record(String shopId, String orderId, Tracking scan) {
        OrderEntity e = OrderEntity.lock(shopId, orderId).orElseThrow(() -> OrderNotFound.of(orderId));
        if (e.status != OrderStatus.shipped && e.status != OrderStatus.delivered) {
            throw ApiException.conflict(
                    "not_shipped", "order " + orderId + " is " + e.status + "; it has no parcel to track yet");
        }
        if (TrackingEntity.count("orderPk = ?1 and at = ?2 and status = ?3", e.id, scan.at(), scan.status()) > 0) {
            return new Reported(e.toOrder(), false);
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
        publisher.event(
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
        return new Reported(e.toOrder(), true);
    }
}
