package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.PricePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The shop's price policies as the negotiator sees them: each with its product's name and list price from the
 * catalogue's copy. A policy for a product the catalogue does not list, or lists at no price, is not used.
 */
@ApplicationScoped
public class PricePolicies {

    @Transactional
    public List<PricePolicy> ofShop(String shopId) {
        return PricePolicyEntity.<PricePolicyEntity>list("shopId = ?1 order by productId", shopId).stream()
                .flatMap(e -> withListing(e).stream()).toList();
    }

    @Transactional
    public Optional<PricePolicy> find(String shopId, String productId) {
        return PricePolicyEntity.<PricePolicyEntity>findByIdOptional(new ShopProductKey(shopId, productId))
                .flatMap(PricePolicies::withListing);
    }

    private static Optional<PricePolicy> withListing(PricePolicyEntity e) {
        return CatalogueProductEntity.<CatalogueProductEntity>findByIdOptional(new ShopProductKey(e.shopId, e.productId))
                .filter(listing -> listing.listPrice.signum() > 0)
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
        PricePolicyEntity.<PricePolicyEntity>findByIdOptional(new ShopProductKey(shopId, productId), LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(e -> withListing(e).ifPresent(p -> e.fill(p.afterPromising(gifts))));
    }
}
