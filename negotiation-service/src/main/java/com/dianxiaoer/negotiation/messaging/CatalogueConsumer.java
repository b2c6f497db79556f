package com.dianxiaoer.negotiation.messaging;

import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.messaging.EventIntake;
import com.dianxiaoer.negotiation.persistence.ShopCatalogue;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the copy of the catalogue (catalogue.events, from greeting-service, its owner). Taking the same change
 * twice changes nothing, and an older one than the copy's is ignored. Poison goes to the DLQ.
 */
@ApplicationScoped
public class CatalogueConsumer {
    @Inject
    ShopCatalogue catalogue;

    @Inject
    EventIntake intake;

    @Incoming("catalogue")
    @Blocking
    public void consume(String record) {
        intake.take(
                record,
                ProductChanged.class,
                (event, p) -> catalogue.changed(
                        event.shopId(), p.productId(), p.name(), p.listPrice(), p.stock(), event.occurredAt()));
    }
}
