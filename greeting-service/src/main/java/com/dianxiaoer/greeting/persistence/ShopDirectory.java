package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.greeting.domain.Catalogue;
import com.dianxiaoer.greeting.domain.ShopProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Reads a shop's profile and catalogue as the domain sees them. */
@ApplicationScoped
public class ShopDirectory {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShopProfile> profile(String shopId) {
        return ShopEntity.<ShopEntity>findByIdOptional(shopId).map(ShopEntity::toProfile);
    }

    /** The key the shop signs its customers' ids with, when it has set one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> identitySecret(String shopId) {
        return ShopEntity.<ShopEntity>findByIdOptional(shopId).map(s -> s.identitySecret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue catalogue(String shopId) {
        return new Catalogue(ProductEntity.ofShop(shopId).stream().map(ProductEntity::toProduct).toList());
    }
}
