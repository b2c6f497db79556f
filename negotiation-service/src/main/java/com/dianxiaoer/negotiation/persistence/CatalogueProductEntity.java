package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.ShopItem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** This service's copy of one catalogue product, as greeting-service last announced it. */
@Entity
@Table(name = "catalogue_product")
@IdClass(ShopProductKey.class)
public class CatalogueProductEntity extends PanacheEntityBase {
    @Id
    @Column(name = "shop_id")
    public String shopId;

    @Id
    @Column(name = "product_id")
    public String productId;

    public String name;

    @Column(name = "list_price")
    public BigDecimal listPrice;
    /** Null until the catalogue has announced it. */
    public Integer stock;

    @Column(name = "changed_at")
    public Instant changedAt;

    ShopItem toItem() {
        return new ShopItem(productId, name, listPrice, stock);
    }
}
