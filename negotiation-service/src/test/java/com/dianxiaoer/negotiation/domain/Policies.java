package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.util.List;

/** Policies shaped like the demo shop's (V3 and V5 of the migrations), for the example tests. */
final class Policies {
    private static final PricePolicy.Shipping SHIPPING =
            new PricePolicy.Shipping(new BigDecimal("12"), new BigDecimal("299"), true);
    private static final List<PricePolicy.SpendSave> SPEND_SAVE =
            List.of(new PricePolicy.SpendSave(new BigDecimal("299"), new BigDecimal("30")));
    private static final List<PricePolicy.Coupon> NEW_CUSTOMER =
            List.of(new PricePolicy.Coupon("新客券", new BigDecimal("10"), new BigDecimal("100")));

    static final PricePolicy COAT_TAOBAO = new PricePolicy(
            "demo",
            "wool-coat",
            "羊毛双面呢大衣",
            new BigDecimal("899"),
            new BigDecimal("829"),
            PricePolicy.PlatformMode.adjustable,
            List.of(new PricePolicy.Gift("羊毛围巾小样", 5, new BigDecimal("15"))),
            SHIPPING,
            SPEND_SAVE,
            NEW_CUSTOMER,
            List.of(new PricePolicy.QuantityTier(2, new BigDecimal("859"))));
    static final PricePolicy COAT_TMALL = new PricePolicy(
            "demo",
            "wool-coat",
            "羊毛双面呢大衣",
            new BigDecimal("899"),
            new BigDecimal("899"),
            PricePolicy.PlatformMode.fixed,
            List.of(new PricePolicy.Gift("衣物护理包", 3, new BigDecimal("12"))),
            new PricePolicy.Shipping(new BigDecimal("12"), null, true),
            List.of(),
            List.of(),
            List.of());
    static final PricePolicy DOWN_JACKET = new PricePolicy(
            "demo",
            "down-jacket",
            "轻薄白鸭绒羽绒服",
            new BigDecimal("459"),
            new BigDecimal("419"),
            PricePolicy.PlatformMode.adjustable,
            List.of(new PricePolicy.Gift("羽绒服收纳袋", 80, new BigDecimal("6"))),
            SHIPPING,
            SPEND_SAVE,
            NEW_CUSTOMER,
            List.of());
    static final PricePolicy BACKPACK = new PricePolicy(
            "demo",
            "backpack",
            "防泼水通勤双肩包",
            new BigDecimal("299"),
            new BigDecimal("269"),
            PricePolicy.PlatformMode.adjustable,
            List.of(new PricePolicy.Gift("防雨罩", 25, new BigDecimal("12"))),
            new PricePolicy.Shipping(new BigDecimal("10"), new BigDecimal("299"), true),
            SPEND_SAVE,
            List.of(),
            List.of());
    static final PricePolicy WOOL_SCARF = new PricePolicy(
            "demo",
            "wool-scarf",
            "羊毛格纹围巾",
            new BigDecimal("159"),
            new BigDecimal("149"),
            PricePolicy.PlatformMode.adjustable,
            List.of(new PricePolicy.Gift("礼盒包装", 60, new BigDecimal("6"))),
            new PricePolicy.Shipping(new BigDecimal("8"), new BigDecimal("199"), true),
            List.of(),
            List.of(),
            List.of(new PricePolicy.QuantityTier(2, new BigDecimal("149"))));
    static final PricePolicy TEE = new PricePolicy(
            "demo",
            "cotton-tee",
            "新疆长绒棉T恤",
            new BigDecimal("99"),
            new BigDecimal("89"),
            PricePolicy.PlatformMode.adjustable,
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of());

    static final List<ShopItem> CATALOGUE = List.of(
            new ShopItem("wool-coat", "羊毛双面呢大衣", new BigDecimal("899"), 23),
            new ShopItem("parka", "连帽加厚派克服", new BigDecimal("529"), 0),
            new ShopItem("down-jacket", "轻薄白鸭绒羽绒服", new BigDecimal("459"), 41),
            new ShopItem("cotton-tee", "新疆长绒棉T恤", new BigDecimal("99"), 100));

    private Policies() {}
}
