package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.PricePolicy;
import java.util.List;

/** The parts of a price policy stored together as JSON: always read and written whole, never queried into. */
record PolicyTerms(
        List<PricePolicy.Gift> gifts,
        PricePolicy.Shipping shipping,
        List<PricePolicy.SpendSave> spendSaves,
        List<PricePolicy.Coupon> coupons,
        List<PricePolicy.QuantityTier> tiers) {

    PolicyTerms {
        gifts = gifts == null ? List.of() : gifts;
        spendSaves = spendSaves == null ? List.of() : spendSaves;
        coupons = coupons == null ? List.of() : coupons;
        tiers = tiers == null ? List.of() : tiers;
    }
}
