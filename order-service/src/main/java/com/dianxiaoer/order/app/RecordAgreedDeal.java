package com.dianxiaoer.order.app;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.order.persistence.AgreedDealEntity;
import com.dianxiaoer.order.persistence.OrderEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A deal from the chat (negotiation.events): kept once, and written into the order's remarks as soon as the order is there. */
@ApplicationScoped
public class RecordAgreedDeal {
    @Inject
    DealRemarks dealRemarks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Envelope event, DealAgreed deal) {
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
                .ifPresent(o -> dealRemarks.apply(d, o));
    }
}
