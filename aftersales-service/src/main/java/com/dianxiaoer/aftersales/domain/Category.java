package com.dianxiaoer.aftersales.domain;

import java.util.List;
import java.util.Locale;

/**
 * What a complaint is about, read from the customer's own words. The order of the rules matters: the more
 * specific cause wins ("发错颜色了" is a wrong item, not a colour difference; "降价了" beats "质量").
 * {@code no_reason} is a return the customer wants without any fault ("七天无理由", "不想要了").
 */
public enum Category {
    wrong_item("发错货", List.of("发错", "错发", "寄错", "不是我买的", "不是我要的", "不是我拍的", "货不对版", "型号不对", "尺码不对", "发成了")),
    missing_item("少发漏发", List.of("少发", "漏发", "少了一件", "少了一个", "少件", "缺件", "没有赠品", "赠品没", "只收到一", "空包", "少了")),
    damaged(
            "商品破损",
            List.of(
                    "破损", "破了", "破的", "破洞", "有洞", "开裂", "坏了", "压坏", "摔坏", "碎了", "裂了", "裂开", "划痕", "变形", "压扁", "漏了",
                    "脏了", "有污渍")),
    colour_difference("色差", List.of("色差", "颜色差", "颜色不一样", "跟图片不一样", "和图片不一样", "跟图片不符", "颜色太深", "颜色太浅", "偏色", "颜色不对")),
    price_drop("买后降价", List.of("降价", "便宜了", "价格变了", "差价", "价保", "刚买就", "买贵了")),
    late_delivery("物流太慢", List.of("还没到", "还没收到", "没收到货", "怎么还没", "太慢", "物流不动", "迟迟", "几天了还", "一直没发货", "还不发货", "催")),
    service_attitude("服务态度", List.of("态度", "客服不理", "不回消息", "爱答不理", "骂人", "不耐烦", "敷衍")),
    quality(
            "质量问题",
            List.of(
                    "质量", "起球", "掉色", "褪色", "开线", "开胶", "脱线", "掉毛", "缩水", "异味", "味道很大", "做工", "瑕疵", "线头", "劣质", "假货",
                    "不是正品", "有问题", "不好用", "坏")),
    no_reason(
            "无理由退换",
            List.of(
                    "无理由", "不想要", "不喜欢", "不合适", "不合身", "穿着不好看", "买多了", "拍错", "买大了", "买小了", "偏大", "偏小", "穿不下", "太大了",
                    "太小了", "小了", "大了")),
    other("其他", List.of());

    private final String label;
    private final List<String> words;

    Category(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    /** The Chinese name an operator reads. */
    public String label() {
        return label;
    }

    /** Whether the cause lies with the shop or its courier rather than with the customer's choice. */
    public boolean shopSide() {
        return this != no_reason && this != other;
    }

    /** Whether a photo helps to settle it (the item's fault can be seen). */
    public boolean wantsPhoto() {
        return this == quality || this == damaged || this == wrong_item || this == colour_difference;
    }

    /** The category of this name; null for one this version does not know (a newer front desk's). */
    public static Category named(String name) {
        for (Category c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The category of a message; {@code other} when nothing in the words names a cause. */
    public static Category detect(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (Category c : values()) {
            if (c.words.stream().anyMatch(t::contains)) {
                return c;
            }
        }
        return other;
    }
}
