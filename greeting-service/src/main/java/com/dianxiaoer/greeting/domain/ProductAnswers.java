package com.dianxiaoer.greeting.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front desk's answers about a product: stock, size and material, authenticity. Every fact comes from the
 * shop's own data; where the data has no answer, the reply asks or offers a person instead of guessing.
 */
public final class ProductAnswers {
    private static final Pattern HEIGHT_CM = Pattern.compile("(?<!\\d)(1[4-9]\\d)(?!\\d)");
    private static final Pattern HEIGHT_METRES = Pattern.compile("1米([4-9])(\\d)?");
    private static final int SIMILAR_SUGGESTIONS = 2;
    private static final Pattern SIZE = Pattern.compile(
            "(?<![A-Za-z])(X{0,3}L|XS|S|M)(?![A-Za-z])|(?<!\\d)(2[6-9]|3\\d|4[0-6])\\s*(?:码|号)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTOS = Pattern.compile("色差|实物|实拍|图片一样|和图|跟图|图片.{0,4}(一样|真实|实拍)|是不是图");

    private ProductAnswers() {}

    public static Reply askWhichProduct(String intent, Catalogue catalogue) {
        return new Reply("亲，请问您问的是哪一款呢？把商品名称发给我，或者点下面的商品，我马上帮您查～", intent, toPickFrom(catalogue));
    }

    /** @param customerText the question, for the size it names ("XXL有吗"): a size the product does not come in is said so */
    public static Reply stock(Product product, ShopProfile shop, Catalogue catalogue, String customerText) {
        Optional<String> size = sizeNamedIn(customerText);
        if (product.inStock()
                && size.isPresent()
                && !product.sizes().isEmpty()
                && !product.sizes().contains(size.get())) {
            return Reply.of(
                    "不好意思亲，" + product.name() + "（¥" + product.price().toPlainString() + "）没有" + size.get() + "码，只有"
                            + String.join("/", product.sizes()) + "可选。告诉我您的身高体重，我帮您看看哪个码合适～",
                    "stock");
        }
        if (product.inStock()) {
            String rule = shop.stockRule() == null || shop.stockRule().isBlank()
                    ? "页面上能拍下的都是有货的"
                    : shop.stockRule().trim();
            return Reply.of(
                    "亲，" + product.name() + size.map(s -> "的" + s + "码").orElse("") + "有现货的（¥"
                            + product.price().toPlainString() + "），" + stripEnd(rule) + "，您放心拍哦～",
                    "stock");
        }
        StringBuilder text = new StringBuilder("非常抱歉亲，").append(product.name()).append("暂时卖完了，");
        text.append(
                product.restockNote() != null && !product.restockNote().isBlank()
                        ? stripEnd(product.restockNote()) + "。"
                        : "补货时间还在确认中，建议您先收藏这款，到货后就能第一时间看到。");
        List<Product> similar = catalogue.similarInStock(product, SIMILAR_SUGGESTIONS);
        if (!similar.isEmpty()) {
            Product first = similar.get(0);
            text.append("给您推荐一款相近的：")
                    .append(first.name())
                    .append("（¥")
                    .append(first.price().toPlainString())
                    .append("），现在有货，品质和做工一样用心，您可以看看～");
        }
        return new Reply(
                text.toString(), "stock", similar.stream().map(Product::name).toList());
    }

    public static Reply sizeAndSpec(Product product, String customerText) {
        StringBuilder text = new StringBuilder("亲，");
        OptionalInt height = heightIn(customerText);
        Optional<String> size = height.isPresent() ? product.sizeForHeight(height.getAsInt()) : Optional.empty();
        if (size.isPresent()) {
            text.append("身高")
                    .append(height.getAsInt())
                    .append("cm建议选")
                    .append(size.get())
                    .append("码");
            if (!product.sizes().isEmpty()) {
                text.append("（")
                        .append(product.name())
                        .append("有")
                        .append(String.join("/", product.sizes()))
                        .append("可选）");
            }
            text.append("，平时喜欢穿宽松一点的话可以选大一码。");
        } else {
            text.append(product.name());
            if (!product.sizes().isEmpty()) {
                text.append("有").append(String.join("/", product.sizes())).append("可选");
            }
            text.append(
                    height.isPresent()
                            ? "。您的身高在我们的尺码表之外，方便告诉我体重和平时穿的尺码吗？我帮您仔细对一下。"
                            : product.sizeChart().isEmpty() ? "。" : "，告诉我您的身高体重，我帮您推荐合适的尺码。");
        }
        if (product.material() != null && !product.material().isBlank()) {
            text.append("材质是").append(stripEnd(product.material())).append("。");
        }
        text.append("还有其他想了解的随时问我哦～");
        return Reply.of(text.toString(), "size_spec");
    }

    public static Reply authenticity(Product product) {
        String proof = product.authenticity() == null || product.authenticity().isBlank()
                ? "享受平台的买家保障，收到货有任何问题都可以随时找我们处理"
                : stripEnd(product.authenticity());
        return Reply.of("亲，请您放心，" + product.name() + proof + "。图片都是实物拍摄，不同屏幕显示可能有轻微色差，还请您理解～", "authenticity");
    }

    /** What to say when a message names a product but asks nothing we recognise: introduce it and invite questions. */
    public static Reply introduce(Product product) {
        String stock = product.inStock() ? "现在有货" : "暂时卖完了，可以先收藏等补货";
        return Reply.of(
                "亲，您看的是" + product.name() + "，现价¥" + product.price().toPlainString() + "，" + stock
                        + "。尺码、材质、发货这些都可以问我哦～",
                "other");
    }

    /** The shop's own promotions, for a shopper who asks before naming a product. */
    public static Reply shopPromotion(ShopProfile shop, Catalogue catalogue) {
        return new Reply(
                "亲，本店现在的活动：" + stripEnd(shop.promotion()) + "。看中的宝贝点一下或者发给我，我帮您算一下用完优惠到手多少钱～",
                "promotion",
                toPickFrom(catalogue));
    }

    /** The products offered as buttons when the shopper has not named one: four that can be bought. */
    private static List<String> toPickFrom(Catalogue catalogue) {
        return catalogue.products().stream()
                .filter(Product::inStock)
                .map(Product::name)
                .limit(4)
                .toList();
    }

    /** Real photos, and the colour difference screens make: the playbook's answer to "和图片一样吗". */
    public static Reply photos(Product product) {
        return Reply.of(
                "亲，" + product.name() + "的图片都是实物拍摄的，不过不同手机屏幕的显示会有一点点色差，以收到的实物为准；" + "收到后颜色和图片差别明显的话，随时找我处理～",
                "size_spec");
    }

    public static boolean asksAboutPhotos(String text) {
        return PHOTOS.matcher(text).find();
    }

    static Optional<String> sizeNamedIn(String text) {
        Matcher m = SIZE.matcher(text);
        return m.find() ? Optional.of((m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase()) : Optional.empty();
    }

    static OptionalInt heightIn(String text) {
        Matcher metres = HEIGHT_METRES.matcher(text);
        if (metres.find()) {
            int tens = Integer.parseInt(metres.group(1));
            int units = metres.group(2) == null ? 0 : Integer.parseInt(metres.group(2));
            return OptionalInt.of(100 + tens * 10 + units);
        }
        Matcher cm = HEIGHT_CM.matcher(text);
        return cm.find() ? OptionalInt.of(Integer.parseInt(cm.group(1))) : OptionalInt.empty();
    }

    private static String stripEnd(String s) {
        return s.trim().replaceAll("[。.！!，,~～]+$", "");
    }
}
