package com.dianxiaoer.greeting.domain;

import java.math.BigDecimal;
import java.util.List;

/** A small shop for domain tests, shaped like the demo shop of the Flyway seed. */
final class DemoShop {
    static final ShopProfile SHOP =
            new ShopProfile("demo", "小二优选旗舰店", "小美", "008", "全店满299减30", List.of("韵达", "顺丰"), "页面上能拍下的都是有现货的");

    static final Product COAT = new Product(
            "wool-coat",
            "羊毛双面呢大衣",
            List.of("大衣", "外套", "羊毛"),
            new BigDecimal("899.00"),
            23,
            List.of("S", "M", "L", "XL"),
            "90%羊毛 10%羊绒",
            List.of(
                    Product.SizeBand.parse("150-160:S"), Product.SizeBand.parse("161-167:M"),
                    Product.SizeBand.parse("168-174:L"), Product.SizeBand.parse("175-182:XL")),
            "是品牌官方授权旗舰店直供，每批都有第三方质检报告",
            null);
    static final Product PARKA = new Product(
            "parka",
            "连帽加厚派克服",
            List.of("派克服", "外套"),
            new BigDecimal("529.00"),
            0,
            List.of("M", "L", "XL"),
            "聚酯纤维",
            List.of(),
            null,
            "预计下周补货，具体以商品页为准");
    static final Product DOWN = new Product(
            "down-jacket",
            "轻薄白鸭绒羽绒服",
            List.of("羽绒服", "外套"),
            new BigDecimal("459.00"),
            41,
            List.of("S", "M", "L"),
            "白鸭绒",
            List.of(),
            null,
            null);
    static final Product SCARF = new Product(
            "silk-scarf",
            "桑蚕丝印花丝巾",
            List.of("丝巾", "围巾", "真丝"),
            new BigDecimal("199.00"),
            0,
            List.of("均码"),
            "100%桑蚕丝",
            List.of(),
            null,
            null);
    static final Product WOOL_SCARF = new Product(
            "wool-scarf",
            "羊毛格纹围巾",
            List.of("围巾", "羊毛", "格纹"),
            new BigDecimal("159.00"),
            36,
            List.of("均码"),
            "100%羊毛",
            List.of(),
            null,
            null);

    static final Catalogue CATALOGUE = new Catalogue(List.of(COAT, PARKA, DOWN, SCARF, WOOL_SCARF));

    private DemoShop() {}
}
