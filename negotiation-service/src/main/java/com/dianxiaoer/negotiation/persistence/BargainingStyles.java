package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.BargainingStyle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Each shop's bargaining style; a shop that set none bargains in the default style. */
@ApplicationScoped
public class BargainingStyles {

    @Transactional
    public BargainingStyle of(String shopId) {
        return BargainingStyleEntity.<BargainingStyleEntity>findByIdOptional(shopId)
                .map(BargainingStyleEntity::toStyle)
                .orElse(BargainingStyle.DEFAULT);
    }

    /** Stores a style the caller has validated; true when the shop had none. */
    @Transactional
    public boolean save(String shopId, BargainingStyle style) {
        BargainingStyleEntity e = BargainingStyleEntity.findById(shopId);
        boolean created = e == null;
        if (created) {
            e = new BargainingStyleEntity();
            e.shopId = shopId;
        }
        e.fill(style);
        e.persist();
        return created;
    }
}
