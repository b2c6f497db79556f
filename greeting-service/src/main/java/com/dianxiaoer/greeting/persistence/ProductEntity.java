package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.greeting.domain.Product;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "product")
@IdClass(ProductEntity.Key.class)
public class ProductEntity extends PanacheEntityBase {
    @Id
    @Column(name = "shop_id")
    public String shopId;

    @Id
    public String id;

    public String name;
    public String keywords;
    public BigDecimal price;
    public int stock;
    public String sizes;
    public String material;

    @Column(name = "size_chart")
    public String sizeChart;

    public String authenticity;

    @Column(name = "restock_note")
    public String restockNote;
    /** When the product as it is now was announced on catalogue.events; null until then. */
    @Column(name = "announced_at")
    public Instant announcedAt;

    public static List<ProductEntity> ofShop(String shopId) {
        return list("shopId = ?1 order by id", shopId);
    }

    public Product toProduct() {
        return new Product(
                id,
                name,
                Lists.split(keywords),
                price,
                stock,
                Lists.split(sizes),
                material,
                Lists.split(sizeChart).stream().map(Product.SizeBand::parse).toList(),
                authenticity,
                restockNote);
    }

    public static class Key implements Serializable {
        public String shopId;
        public String id;

        public Key() {}

        public Key(String shopId, String id) {
            this.shopId = shopId;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(shopId, k.shopId) && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, id);
        }
    }
}
