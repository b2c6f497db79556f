package com.dianxiaoer.negotiation.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.negotiation.persistence.ShopCatalogue;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the copy of the catalogue (catalogue.events, from greeting-service, its owner). Taking the same change
 * twice changes nothing, and an older one than the copy's is ignored, so no inbox is needed. Poison goes to the DLQ.
 */
@ApplicationScoped
public class CatalogueConsumer {
    @Inject
    ShopCatalogue catalogue;

    @Incoming("catalogue")
    @Blocking
    @Transactional
    public void consume(String record) {
        Envelope event = EventJson.read(record);
        if (event.payload() instanceof ProductChanged p) {
            catalogue.changed(event.shopId(), p.productId(), p.name(), p.listPrice(), p.stock(), event.occurredAt());
        }
    }
}
