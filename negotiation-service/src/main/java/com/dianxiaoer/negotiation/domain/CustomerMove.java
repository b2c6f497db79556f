package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a customer's bargaining message asks for, read from its text and the entities the front desk found:
 * a price of their own ("100卖不卖", "便宜20", "打八折", "两条一起290"), a quantity ("两件一起多少钱"), cheaper
 * items, a yes, or a goodbye. A price is always read as the unit price, whichever way it was named.
 */
public record CustomerMove(
        Kind kind, BargainerType bargainer, BigDecimal targetUnitPrice, int quantity, boolean quantityNamed) {

    public enum Kind {
        bargain,
        promotion_question,
        quantity_question,
        cheaper_items,
        accept,
        walk_away,
        filler
    }

    private static final Pattern STILL_BARGAINING = Pattern.compile("便宜|贵|少点|少算|折|抹|送|优惠|包邮|卖不卖|行不行|可以吗|能不能");
    /** A yes, alone or several ("行 成交", "好的 拍了"); filler ("嗯", "哦") is not one. */
    private static final Pattern ACCEPT =
            Pattern.compile("^(?:(?:好的?|好吧|好嘞|行|可以|成交|拍了|就这样|那就这样|那就这个价?|我买了|要了|那就要了|下单|ok|okay)"
                    + "[\\s,，!！。.~～呀吧啦了]*)+$|就这个价|我拍了|这就拍|马上拍|去拍了|按你说的|^(?:行|好的?|可以|嗯)?[\\s,，]*(?:那)?就(?:要|按|拍|买|这么定)"
                    + "|^(?:行|好的?|可以)[\\s,，]*(?:那)?就?[两三四五六七八九十\\d]+\\s*[件条双个套]");

    private static final Pattern FILLER = Pattern.compile("^(嗯+|哦+|噢+|额+|呃+|en+|o+|emm+|hmm+)[\\s,，.。~～…!！?？]*$");
    private static final Pattern WALK_AWAY = Pattern.compile("算了|不要了|不买了|不考虑了|再看看吧|我再想想|先不买");
    /** "包邮吗", "运费多少": a question the promotions answer (free shipping over a spend), not a push on the price. */
    private static final Pattern SHIPPING = Pattern.compile("包邮|运费|邮费");

    private static final Pattern STILL_PUSHING = Pattern.compile("便宜|贵|少点|少算|折|抹|送个|送点");
    private static final Pattern ASKS_TOTAL = Pattern.compile("多少钱|怎么算|什么价|多少|优惠");
    private static final Pattern CHEAPER_ITEMS =
            Pattern.compile("便宜(一?点|些)?的(款|衣服|东西|商品|宝贝)|(别|其他|其它)的?款|有没有便宜的|性价比(高|更高)的|平价的?款|预算内的");
    /** "两条一起290", "共580": the price named is for all of them. "每件80" names one. */
    private static final Pattern WHOLE_ORDER = Pattern.compile("一起|一共|总共|共|合计|打包");

    /** An entity as the front desk sends it on MessageRouted. */
    public record Entity(String type, String value) {}

    public static CustomerMove read(String text, String intent, List<Entity> entities, BigDecimal listPrice) {
        String t = text.trim().toLowerCase();
        BargainerType bargainer = BargainerType.of(t);
        Optional<Integer> said = entities.stream()
                .filter(e -> e.type().equals("quantity"))
                .map(e -> parseInt(e.value()))
                .filter(q -> q > 0)
                .findFirst();
        int quantity = said.orElse(1);
        boolean perItem = t.contains("每");
        boolean wholeOrder = quantity > 1 && !perItem && WHOLE_ORDER.matcher(t).find();
        BigDecimal target = target(entities, listPrice, quantity, wholeOrder, perItem);
        // "不便宜就不买了" threatens to leave; it does not leave. "880不行就算了" names its price.
        if (WALK_AWAY.matcher(t).find() && bargainer != BargainerType.threat_lure && target == null) {
            return new CustomerMove(Kind.walk_away, bargainer, null, quantity, said.isPresent());
        }
        if (target == null && FILLER.matcher(t).matches()) {
            return new CustomerMove(Kind.filler, bargainer, null, quantity, false);
        }
        if (target == null
                && !STILL_BARGAINING.matcher(t).find()
                && ACCEPT.matcher(t).find()) {
            return new CustomerMove(Kind.accept, bargainer, null, quantity, said.isPresent());
        }
        if (target == null && CHEAPER_ITEMS.matcher(t).find()) {
            return new CustomerMove(Kind.cheaper_items, bargainer, null, quantity, said.isPresent());
        }
        if (quantity > 1
                && target == null
                && (ASKS_TOTAL.matcher(t).find() || "promotion".equals(intent) && said.isPresent())) {
            return new CustomerMove(Kind.quantity_question, bargainer, null, quantity, true);
        }
        if (("promotion".equals(intent)
                        || SHIPPING.matcher(t).find()
                                && !STILL_PUSHING.matcher(t).find())
                && target == null) {
            return new CustomerMove(Kind.promotion_question, bargainer, null, quantity, said.isPresent());
        }
        return new CustomerMove(Kind.bargain, bargainer, target, quantity, said.isPresent());
    }

    /**
     * The unit price the customer names, whichever way they name it: an amount for the whole order (or one above
     * the list price for several) is shared out, a discount off the whole order too; a ratio is one price.
     */
    private static BigDecimal target(
            List<Entity> entities, BigDecimal listPrice, int quantity, boolean wholeOrder, boolean perItem) {
        BigDecimal q = BigDecimal.valueOf(quantity);
        for (Entity e : entities) {
            BigDecimal v = parse(e.value());
            if (v == null || v.signum() <= 0) {
                continue;
            }
            switch (e.type()) {
                case "amount", "price":
                    return quantity > 1 && (wholeOrder || !perItem && v.compareTo(listPrice) > 0)
                            ? each(v, quantity)
                            : v;
                case "discount":
                    return listPrice
                            .subtract(wholeOrder ? v.divide(q, 2, RoundingMode.UP) : v)
                            .max(BigDecimal.ZERO);
                case "ratio":
                    BigDecimal tenths = v.compareTo(BigDecimal.TEN) >= 0 ? v.divide(BigDecimal.TEN) : v;
                    return listPrice.multiply(tenths).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
                default:
            }
        }
        return null;
    }

    private static BigDecimal parse(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int parseInt(String value) {
        BigDecimal v = parse(value);
        return v == null ? 0 : v.intValue();
    }

    /**
     * The move as said in a bargain over {@code quantity} items: a price above the list price, named without a
     * quantity ("那1680吧" after agreeing on two), is for all of them.
     */
    public CustomerMove inBargainFor(int quantity, BigDecimal listPrice) {
        if (this.quantity > 1
                || quantity <= 1
                || targetUnitPrice == null
                || targetUnitPrice.compareTo(listPrice) <= 0) {
            return this;
        }
        return new CustomerMove(kind, bargainer, each(targetUnitPrice, quantity), quantity, true);
    }

    /** A total named for several, as the unit price: rounded down, so the shopper never pays more than they said. */
    private static BigDecimal each(BigDecimal total, int quantity) {
        return total.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.DOWN);
    }
}
