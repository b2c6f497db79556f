package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.greeting.domain.Product;
import com.dianxiaoer.greeting.persistence.ProductEntity;
import com.dianxiaoer.greeting.persistence.ShopStore;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The catalogue has one owner, this service: a product's name, list price and stock change here, and every
 * change is announced on catalogue.events in the transaction that made it, for the services that keep a copy
 * (negotiation-service prices from it). Products no one has announced yet (seeded data) are announced by a sweep.
 */
@ApplicationScoped
public class CatalogueAnnouncements {
    @Inject
    ShopStore store;

    @Inject
    ConversationPublisher publisher;

    @Inject
    EntityManager em;

    /** Saves the product and announces it; true when it is new. */
    @Transactional
    public boolean save(String shopId, Product product) {
        boolean created = store.saveProduct(shopId, product);
        announce(ProductEntity.findById(new ProductEntity.Key(shopId, product.id())));
        return created;
    }

    /** Every replica sweeps; a row one of them holds is skipped by the others, so each product is announced once. */
    @Scheduled(
            every = "${dianxiaoer.catalogue.announce-every:30s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void announceTheUnannounced() {
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery(
                        "select shop_id, id from product where announced_at is null for update skip locked")
                .getResultList();
        keys.forEach(k -> announce(ProductEntity.findById(new ProductEntity.Key((String) k[0], (String) k[1]))));
    }

    private void announce(ProductEntity p) {
        publisher.publish(
                Topics.CATALOGUE_EVENTS,
                Envelope.of(
                        p.shopId,
                        ProductChanged.key(p.shopId, p.id),
                        null,
                        Actor.system,
                        ConversationPublisher.PRODUCER,
                        null,
                        null,
                        new ProductChanged(p.id, p.name, p.price, p.stock)));
        p.announcedAt = Instant.now();
    }
}
