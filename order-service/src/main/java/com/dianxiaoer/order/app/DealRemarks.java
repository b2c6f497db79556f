package com.dianxiaoer.order.app;

import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.order.domain.WarehouseRemark;
import com.dianxiaoer.order.persistence.AgreedDealEntity;
import com.dianxiaoer.order.persistence.OrderEntity;
import com.dianxiaoer.order.persistence.ShopRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A deal agreed in the chat, written into its order's remarks for the warehouse, once. */
@ApplicationScoped
class DealRemarks {
    @Inject
    ShopRules shopRules;

    void apply(AgreedDealEntity deal, OrderEntity order) {
        if (!order.sells(deal.productId) || !deal.shopId.equals(order.shopId)) {
            return;
        }
        List<String> gifts = JsonColumn.read(deal.gifts, OrderEntity.STRINGS);
        order.addRemark(WarehouseRemark.of(
                deal.productName,
                deal.quantity,
                deal.unitPrice,
                gifts,
                deal.freeShipping,
                shopRules.of(order.shopId).couriers().get(0)));
        deal.appliedTo = order.id;
    }
}
