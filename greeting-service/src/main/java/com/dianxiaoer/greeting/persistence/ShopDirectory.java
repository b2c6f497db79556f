package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.greeting.domain.Catalogue;
import com.dianxiaoer.greeting.domain.ShopProfile;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a shop's profile and catalogue as the domain sees them. Both are read for every customer message and change
 * rarely, so each is kept for {@value #KEEP_SECONDS} seconds: a change made here is seen at once (ShopStore forgets the
 * shop), one made through another replica within that time.
 */
@ApplicationScoped
public class ShopDirectory {
    static final int KEEP_SECONDS = 2;

    private final Cache<String, Optional<ShopProfile>> profiles = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS))
            .maximumSize(10_000)
            .build();
    private final Cache<String, Catalogue> catalogues = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS))
            .maximumSize(10_000)
            .build();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShopProfile> profile(String shopId) {
        return profiles.get(
                shopId, id -> ShopEntity.<ShopEntity>findByIdOptional(id).map(ShopEntity::toProfile));
    }

    /** The key the shop signs its customers' ids with, when it has set one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> identitySecret(String shopId) {
        return ShopEntity.<ShopEntity>findByIdOptional(shopId).map(s -> s.identitySecret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue catalogue(String shopId) {
        return catalogues.get(
                shopId,
                id -> new Catalogue(ProductEntity.ofShop(id).stream()
                        .map(ProductEntity::toProduct)
                        .toList()));
    }

    /** The shop changed here: read it again once the change is committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ShopChanged changed) {
        profiles.invalidate(changed.shopId());
        catalogues.invalidate(changed.shopId());
    }

    /** Fired by whatever writes a shop's profile or products. */
    public record ShopChanged(String shopId) {}
}
