package com.dianxiaoer.aftersales.persistence;

import com.dianxiaoer.aftersales.domain.AftersalesPolicy;
import com.dianxiaoer.messaging.JsonColumn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The shops' after-sales policies; a shop that has set none gets {@link AftersalesPolicy#defaults}. */
@ApplicationScoped
public class Policies {

    @Transactional
    public AftersalesPolicy of(String shopId) {
        return find(shopId).orElseGet(() -> AftersalesPolicy.defaults(shopId));
    }

    @Transactional
    public Optional<AftersalesPolicy> find(String shopId) {
        return Optional.ofNullable(PolicyEntity.<PolicyEntity>findById(shopId))
                .map(e -> JsonColumn.read(e.terms, AftersalesPolicy.class));
    }

    /** Stores a policy the caller has validated; true when it is new. */
    @Transactional
    public boolean save(AftersalesPolicy policy) {
        PolicyEntity e = PolicyEntity.findById(policy.shopId());
        boolean created = e == null;
        if (created) {
            e = new PolicyEntity();
            e.shopId = policy.shopId();
        }
        e.terms = JsonColumn.write(policy);
        e.updatedAt = Instant.now();
        e.persist();
        return created;
    }

    @Entity
    @Table(name = "aftersales_policy")
    public static class PolicyEntity extends PanacheEntityBase {
        @Id
        @Column(name = "shop_id")
        public String shopId;

        public String terms;

        @Column(name = "updated_at")
        public Instant updatedAt;
    }
}
