package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.greeting.domain.Product;
import com.dianxiaoer.greeting.domain.ServiceHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes the shop's own data from the admin API; every field is replaced as a whole. */
@ApplicationScoped
public class ShopStore {
    @Inject
    Event<ShopDirectory.ShopChanged> changed;

    @Transactional
    public Optional<ShopEntity> shop(String shopId) {
        return ShopEntity.findByIdOptional(shopId);
    }

    @Transactional
    public Optional<Product> product(String shopId, String productId) {
        return ProductEntity.<ProductEntity>findByIdOptional(new ProductEntity.Key(shopId, productId))
                .map(ProductEntity::toProduct);
    }

    /** True when the shop was created. {@code allowedOrigins} null keeps the shop's current ones. */
    @Transactional
    public boolean saveShop(
            String shopId,
            String name,
            String agentName,
            String agentNumber,
            String promotion,
            List<String> couriers,
            String stockRule) {
        return saveShop(shopId, name, agentName, agentNumber, promotion, couriers, stockRule, null);
    }

    /** True when the shop was created. {@code allowedOrigins} null keeps the shop's current ones. */
    @Transactional
    public boolean saveShop(
            String shopId,
            String name,
            String agentName,
            String agentNumber,
            String promotion,
            List<String> couriers,
            String stockRule,
            List<String> allowedOrigins) {
        return saveShop(
                shopId, name, agentName, agentNumber, promotion, couriers, stockRule, allowedOrigins, null, null);
    }

    @Transactional
    public void setLimits(String shopId, int perConversation, int perAddress, int perShop) {
        changed.fire(new ShopDirectory.ShopChanged(shopId));
        ShopEntity.<ShopEntity>findByIdOptional(shopId).ifPresent(shop -> {
            shop.limitConversationPerMinute = perConversation;
            shop.limitAddressPerMinute = perAddress;
            shop.limitShopPerMinute = perShop;
        });
    }

    @Transactional
    public void setRetentionDays(String shopId, int days) {
        changed.fire(new ShopDirectory.ShopChanged(shopId));
        ShopEntity.<ShopEntity>findByIdOptional(shopId).ifPresent(shop -> shop.retentionDays = days);
    }

    @Transactional
    public void setIdentitySecret(String shopId, String secret) {
        changed.fire(new ShopDirectory.ShopChanged(shopId));
        ShopEntity.<ShopEntity>findByIdOptional(shopId).ifPresent(shop -> shop.identitySecret = secret);
    }

    /** Absent (null) service hours or wait keep the shop's own, or the defaults for a new shop: 09:00-23:00 Beijing time, 60 s. */
    @Transactional
    public boolean saveShop(
            String shopId,
            String name,
            String agentName,
            String agentNumber,
            String promotion,
            List<String> couriers,
            String stockRule,
            List<String> allowedOrigins,
            ServiceHours hours,
            Integer holdAfterSeconds) {
        changed.fire(new ShopDirectory.ShopChanged(shopId));
        ShopEntity shop = ShopEntity.findById(shopId);
        boolean created = shop == null;
        if (created) {
            shop = new ShopEntity();
            shop.id = shopId;
            shop.hoursOpen = "09:00";
            shop.hoursClose = "23:00";
            shop.timeZone = "Asia/Shanghai";
            shop.holdAfterSeconds = 60;
            shop.limitConversationPerMinute = 60;
            shop.limitAddressPerMinute = 600;
            shop.limitShopPerMinute = 60_000;
            shop.retentionDays = 365;
        }
        if (hours != null) {
            shop.hoursOpen = hours.opens().toString();
            shop.hoursClose = hours.untilMidnight() ? "24:00" : hours.closes().toString();
            shop.timeZone = hours.zone().getId();
        }
        if (holdAfterSeconds != null) {
            shop.holdAfterSeconds = holdAfterSeconds;
        }
        shop.name = name.trim();
        shop.agentName = agentName.trim();
        shop.agentNumber = agentNumber;
        shop.promotion = promotion;
        shop.couriers = Lists.join(couriers);
        shop.stockRule = stockRule;
        if (allowedOrigins != null) {
            shop.allowedOrigins = Lists.join(allowedOrigins.stream().distinct().toList());
        } else if (shop.allowedOrigins == null) {
            shop.allowedOrigins = "";
        }
        shop.updatedAt = Instant.now();
        shop.persist();
        return created;
    }

    /** True when the product was created. It is left to be announced ({@code CatalogueAnnouncements}). */
    @Transactional
    public boolean saveProduct(String shopId, Product product) {
        changed.fire(new ShopDirectory.ShopChanged(shopId));
        ProductEntity p = ProductEntity.findById(new ProductEntity.Key(shopId, product.id()));
        boolean created = p == null;
        if (created) {
            p = new ProductEntity();
            p.shopId = shopId;
            p.id = product.id();
        }
        p.name = product.name().trim();
        p.keywords = Lists.join(product.keywords());
        p.price = product.price();
        p.stock = product.stock();
        p.sizes = Lists.join(product.sizes());
        p.material = product.material();
        p.sizeChart = Lists.join(
                product.sizeChart().stream().map(Product.SizeBand::toString).toList());
        p.authenticity = product.authenticity();
        p.restockNote = product.restockNote();
        p.announcedAt = null;
        p.persist();
        return created;
    }
}
