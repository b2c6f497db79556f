package com.dianxiaoer.order.persistence;

import com.dianxiaoer.order.domain.OrderRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class ShopRules {

    /** The shop's own rules, or the defaults when it has set none. */
    @Transactional
    public OrderRules of(String shopId) {
        return stored(shopId).orElseGet(() -> OrderRules.defaults(shopId));
    }

    @Transactional
    public Optional<OrderRules> stored(String shopId) {
        return OrderRulesEntity.<OrderRulesEntity>findByIdOptional(shopId).map(OrderRulesEntity::toRules);
    }

    /** Stores rules the caller has validated; true when they are new. */
    @Transactional
    public boolean save(OrderRules rules) {
        OrderRulesEntity e = OrderRulesEntity.findById(rules.shopId());
        boolean created = e == null;
        if (created) {
            e = new OrderRulesEntity();
            e.shopId = rules.shopId();
        }
        e.fill(rules);
        e.persist();
        return created;
    }
}
