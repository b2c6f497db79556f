package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.ShopItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The copy of each shop's catalogue: written only from catalogue.events, read for prices and cheaper items. */
@ApplicationScoped
public class ShopCatalogue {

    @Transactional
    public List<ShopItem> items(String shopId) {
        return CatalogueProductEntity.<CatalogueProductEntity>list("shopId = ?1 order by productId", shopId).stream()
                .map(CatalogueProductEntity::toItem)
                .toList();
    }

    @Transactional
    public Optional<ShopItem> item(String shopId, String productId) {
        return CatalogueProductEntity.<CatalogueProductEntity>findByIdOptional(new ShopProductKey(shopId, productId))
                .map(CatalogueProductEntity::toItem);
    }

    /** Takes in the product as the catalogue changed it at {@code changedAt}; an older change than the copy's is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(
            String shopId, String productId, String name, BigDecimal listPrice, int stock, Instant changedAt) {
        CatalogueProductEntity e =
                CatalogueProductEntity.findById(new ShopProductKey(shopId, productId), LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            e = new CatalogueProductEntity();
            e.shopId = shopId;
            e.productId = productId;
        } else if (e.changedAt.isAfter(changedAt)) {
            return;
        }
        e.name = name;
        e.listPrice = listPrice;
        e.stock = stock;
        e.changedAt = changedAt;
        e.persist();
    }
}
