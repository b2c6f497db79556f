package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.PricePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shop's price policies as the negotiator sees them: each with its product's name and list price from the
 * catalogue's copy. A policy for a product the catalogue does not list, or lists at no price, is not used.
 */
@ApplicationScoped
public class PricePolicies {

    @Transactional
    public List<PricePolicy> ofShop(String shopId) {
        Map<String, CatalogueProductEntity> listings =
                CatalogueProductEntity.<CatalogueProductEntity>list("shopId", shopId).stream()
                        .collect(Collectors.toMap(l -> l.productId, l -> l));
        return PricePolicyEntity.<PricePolicyEntity>list("shopId = ?1 order by productId", shopId).stream()
                .flatMap(e -> withListing(e, listings.get(e.productId)).stream())
                .toList();
    }

    @Transactional
    public Optional<PricePolicy> find(String shopId, String productId) {
        if (productId == null) {
            return Optional.empty();
        }
        ShopProductKey key = new ShopProductKey(shopId, productId);
        return PricePolicyEntity.<PricePolicyEntity>findByIdOptional(key)
                .flatMap(e -> withListing(e, CatalogueProductEntity.findById(key)));
    }

    private static Optional<PricePolicy> withListing(PricePolicyEntity e, CatalogueProductEntity listing) {
        return Optional.ofNullable(listing)
                .filter(l -> l.listPrice.signum() > 0)
                .map(e::toPolicy);
    }

    /** Stores a policy the caller has validated; true when it is new. */
    @Transactional
    public boolean save(PricePolicy policy) {
        PricePolicyEntity e = PricePolicyEntity.findById(new ShopProductKey(policy.shopId(), policy.productId()));
        boolean created = e == null;
        if (created) {
            e = new PricePolicyEntity();
            e.shopId = policy.shopId();
            e.productId = policy.productId();
        }
        e.fill(policy);
        e.persist();
        return created;
    }

    /** Takes the gifts a deal promised out of the product's stock, under a row lock so two deals cannot both take the last one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promiseGifts(String shopId, String productId, List<String> gifts) {
        if (gifts.isEmpty()) {
            return;
        }
        PricePolicyEntity.<PricePolicyEntity>findByIdOptional(
                        new ShopProductKey(shopId, productId), LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(e -> withListing(e, CatalogueProductEntity.findById(new ShopProductKey(shopId, productId)))
                        .ifPresent(p -> e.fill(p.afterPromising(gifts))));
    }
}
