package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.negotiation.domain.PricePolicy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "price_policy")
@IdClass(PricePolicyEntity.Key.class)
public class PricePolicyEntity extends PanacheEntityBase {
    @Id
    @Column(name = "shop_id")
    public String shopId;
    @Id
    @Column(name = "product_id")
    public String productId;
    @Column(name = "product_name")
    public String productName;
    @Column(name = "list_price")
    public BigDecimal listPrice;
    @Column(name = "floor_price")
    public BigDecimal floorPrice;
    @Enumerated(EnumType.STRING)
    public PricePolicy.PlatformMode mode;
    public String terms;
    @Column(name = "updated_at")
    public Instant updatedAt;

    PricePolicy toPolicy() {
        PolicyTerms t = JsonColumn.read(terms, PolicyTerms.class);
        return new PricePolicy(shopId, productId, productName, listPrice, floorPrice, mode,
                t.gifts(), t.shipping(), t.spendSaves(), t.coupons(), t.tiers());
    }

    void fill(PricePolicy p) {
        productName = p.productName();
        listPrice = p.listPrice();
        floorPrice = p.floorPrice();
        mode = p.mode();
        terms = JsonColumn.write(new PolicyTerms(p.gifts(), p.shipping(), p.spendSaves(), p.coupons(), p.tiers()));
        updatedAt = Instant.now();
    }

    public static class Key implements Serializable {
        public String shopId;
        public String productId;

        public Key() {
        }

        Key(String shopId, String productId) {
            this.shopId = shopId;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(shopId, k.shopId) && Objects.equals(productId, k.productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, productId);
        }
    }
}
