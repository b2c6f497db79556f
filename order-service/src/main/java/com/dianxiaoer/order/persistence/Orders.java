package com.dianxiaoer.order.persistence;

import com.dianxiaoer.order.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;

/** The queries on the shop's orders and the deals agreed in their conversations. */
@ApplicationScoped
public class Orders {
    @Transactional
    public Optional<Order> find(String shopId, String orderId) {
        return OrderEntity.<OrderEntity>find("shopId = ?1 and orderId = ?2", shopId, orderId)
                .firstResultOptional()
                .map(OrderEntity::toOrder);
    }

    /** The order a customer's message is about: the one they name, else the conversation's current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Order> about(
            String shopId, String conversationId, Optional<String> namedOrderId, String vouchedCustomerId) {
        // Someone else's order and no order at all look the same from here: a stranger learns nothing by trying
        // numbers.
        // A named order is that order or none: never this conversation's other order in its place.
        if (namedOrderId.isPresent()) {
            return OrderEntity.<OrderEntity>find("shopId = ?1 and orderId = ?2", shopId, namedOrderId.get())
                    .<OrderEntity>firstResultOptional()
                    .filter(e -> e.belongsTo(conversationId, vouchedCustomerId))
                    .map(OrderEntity::toOrder);
        }
        return OrderEntity.latestOf(conversationId).map(OrderEntity::toOrder);
    }

    /** The unit price agreed in this conversation's latest deal, for "拍下改价". */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BigDecimal> agreedPrice(String conversationId) {
        return AgreedDealEntity.<AgreedDealEntity>find("conversationId = ?1 order by agreedAt desc", conversationId)
                .firstResultOptional()
                .map(d -> d.unitPrice);
    }
}
