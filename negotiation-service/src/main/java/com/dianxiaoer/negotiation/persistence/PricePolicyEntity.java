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
import java.math.BigDecimal;
import java.time.Instant;

/** What the shop allows for one product; its name and list price are not here but in the catalogue's copy. */
@Entity
@Table(name = "price_policy")
@IdClass(ShopProductKey.class)
public class PricePolicyEntity extends PanacheEntityBase {
    @Id
    @Column(name = "shop_id")
    public String shopId;

    @Id
    @Column(name = "product_id")
    public String productId;

    @Column(name = "floor_price")
    public BigDecimal floorPrice;

    @Enumerated(EnumType.STRING)
    public PricePolicy.PlatformMode mode;

    public String terms;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The policy with the product's name and list price as the catalogue has them. */
    PricePolicy toPolicy(CatalogueProductEntity listing) {
        PolicyTerms t = JsonColumn.read(terms, PolicyTerms.class);
        return new PricePolicy(
                shopId,
                productId,
                listing.name,
                listing.listPrice,
                floorPrice,
                mode,
                t.gifts(),
                t.shipping(),
                t.spendSaves(),
                t.coupons(),
                t.tiers());
    }

    void fill(PricePolicy p) {
        floorPrice = p.floorPrice();
        mode = p.mode();
        terms = JsonColumn.write(new PolicyTerms(p.gifts(), p.shipping(), p.spendSaves(), p.coupons(), p.tiers()));
        updatedAt = Instant.now();
    }
}
