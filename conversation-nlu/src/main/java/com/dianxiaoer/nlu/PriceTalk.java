package com.dianxiaoer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What shoppers say about prices, read in the conversation's context: the rules that stand over the model's reading
 * where the model learnt too little (eleven bargains in four thousand real turns) or where the context decides
 * ("860呢" while bargaining is an offer). The model reads; these rules know the shop's bargaining.
 */
final class PriceTalk {
    /** An amount, then within a few characters a question whether the shop will sell at it. */
    private static final Pattern PRICE_OFFER = Pattern.compile(
            "(\\d|[一二三四五六七八九十百千])\\s*(块|元|块钱)?\\s*(卖不卖|卖吗|能卖吗|行不行|行吗|可以不|可以吗|成不成|出不出|能不能卖|包邮吗|包邮不|行就拍|行就买|行就要|就拍|就要了|行吧|成吧|能拍吗|能拍不|可以拍吗|拍得了吗)");
    /**
     * Plain words of a bargain ("能便宜点吗", "打个折") and of after-sales ("要售后"), and a size asked after ("XXL有吗"):
     * they mean what they say even where the reading in context ended elsewhere or torn between two.
     */
    private static final Pattern PLAIN_BARGAIN =
            Pattern.compile("(能|可以|再)?便宜(一?点|些)|打个?折|抹个?零|少(一?点|算点)|优惠(一?点|些)" + "|只有\\s*\\d|预算|只带了");

    private static final Pattern PLAIN_AFTERSALES = Pattern.compile("售后|退货|退款|换货");
    private static final Pattern ASKS_IF_THERE = Pattern.compile("有吗|有没有|还有|有货|有不");
    private static final Pattern BARGAIN_PUSH = Pattern.compile("贵|便宜|少点|少算|少一点|抹零|零头|打折|打个折|折扣|降价|让点|让一点|优惠点|再优惠"
            + "|预算|只批|只带了|就这么多|只有这么多|没那么多钱|钱不够|只有\\d|走了|不买了|别家|其他家|人家|拼多多|最低|底价|实价|包邮|送点|送个|送我"
            + "|赠品|小礼品|礼物|学生");
    /** A yes to the shop's price while bargaining: the bargaining stage tells a deal from a push. Not thanks or goodbye. */
    private static final Pattern ACCEPTS =
            Pattern.compile("^(那|那就|好|好吧|行吧|嗯)?\\s*(行|好的|可以|成交|ok|拍了|要了|买了|就这个价|就这样|下单|拍下|就它|就要|定了)");

    private static final Pattern THANKS_OR_BYE = Pattern.compile("谢|拜|再见|考虑|再看看|想想");
    /** "那三件呢", "两件的话", "到手多少": while bargaining, the price of what was just discussed. */
    private static final Pattern PRICE_FOLLOW_UP =
            Pattern.compile("到手|(几|[两三四五六七八九十\\d]+)\\s*(件|条|双|个|套).{0,4}(呢|的话|多少|怎么算|什么价)");

    private static final Pattern AFTER_SALES_WORD = Pattern.compile("退|换货|坏|破|质量|投诉|发错|漏发|少发|订单|物流|快递|赔|补偿");
    private static final Pattern BARE_PRICE = Pattern.compile(
            "(?:那|那就|就|那么)?\\s*[¥￥]?\\s*(\\d{2,5}(?:\\.\\d+)?)\\s*(?:块钱|块|元)?\\s*(?:吧|呢|怎么样|如何|好不好|行么|行|成吗|可好)?[\\s?？!！。.~～啊呀]*");
    /** "800真不行吗", "870行吧", "还是要吧 869行吧": while bargaining, a number put to the shop is a price. */
    private static final Pattern NUMBER_OFFERED =
            Pattern.compile("(?<![\\d.])(\\d{2,5})(?!\\d)\\s*(?:块钱|块|元)?\\s*(?:真的?)?(?:不行|行|可以|卖|成|好不好|包邮|能拍|拍|就\\1)");

    private static final Pattern PRICE_QUESTION = Pattern.compile("多少钱|怎么卖|什么价|啥价|一共多少|总共多少|价格是多少|价钱是多少|卖多少");
    private static final Pattern NOT_THE_PRICE = Pattern.compile("运费|邮费|快递费|退|赔|补偿|发票|差价|订单|付了|扣了");

    private PriceTalk() {}

    /** "那298吧", "860呢" while bargaining: the shopper's price, before the model is asked. */
    static Optional<Classification> priceNamedWhileBargaining(
            String normalized, List<Entity> entities, Optional<String> offered, TurnContext ctx) {
        Matcher bare = BARE_PRICE.matcher(normalized.strip());
        Optional<String> price = bare.matches() ? Optional.of(bare.group(1)) : offered;
        if (!bargaining(ctx)
                || price.isEmpty()
                || AFTER_SALES_WORD.matcher(normalized).find()) {
            return Optional.empty();
        }
        List<Entity> withPrice = new ArrayList<>(entities);
        withPrice.removeIf(e -> e.type().equals("amount"));
        withPrice.add(new Entity("amount", price.get(), price.get()));
        return Optional.of(new Classification(Intent.bargain, 0.9, List.of(), withPrice));
    }

    /** The model's reading, with the price rules put over it: an offer, a push, plain words, a yes, a price asked. */
    static Classification overTheReading(
            Classification decided,
            String normalized,
            List<Entity> entities,
            TurnContext ctx,
            BooleanSupplier severalClauses,
            double clauseConfidence) {
        if (offersAPrice(normalized, entities, ctx)) {
            return asBargain(decided, severalClauses.getAsBoolean(), clauseConfidence);
        }
        if (pushesWhileBargaining(normalized, ctx)
                && decided.intent() != Intent.bargain
                && decided.intent() != Intent.promotion) {
            return new Classification(
                    Intent.bargain, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
        }
        Optional<Intent> plain = plainlySaid(normalized, entities, decided);
        if (plain.isPresent()) {
            return new Classification(plain.get(), Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
        }
        if (bargaining(ctx)
                && !AFTER_SALES_WORD.matcher(normalized).find()
                && decided.intent() != Intent.bargain
                && decided.intent() != Intent.promotion
                && decided.intent() != Intent.payment) {
            if (ACCEPTS.matcher(normalized.strip()).find()
                    && !THANKS_OR_BYE.matcher(normalized).find()) {
                return new Classification(
                        Intent.bargain, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
            }
            if (PRICE_FOLLOW_UP.matcher(normalized).find()) {
                return new Classification(
                        Intent.promotion, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
            }
        }
        return asksThePrice(normalized, ctx)
                ? asPromotion(decided, severalClauses.getAsBoolean(), normalized)
                : decided;
    }

    /**
     * A price the customer names and asks to pay ("100块卖不卖", "80行不行", "两件290可以吗") is a bargain, whatever else
     * the message says: the model learnt from chats that hold eleven bargains in four thousand turns, and a shop's
     * bargaining depends on hearing every offer. Not with after-sales words there, where "补偿50行不行" is about a complaint.
     */
    private static boolean offersAPrice(String normalized, List<Entity> entities, TurnContext context) {
        return !(inAfterSales(context) && AFTER_SALES_WORD.matcher(normalized).find())
                && entities.stream().anyMatch(e -> e.type().equals("amount"))
                && PRICE_OFFER.matcher(normalized).find();
    }

    /**
     * "还是贵", "再少点" while bargaining is one more push. The bot's last turn there is full of prices, which the
     * model, taught on chats where numbers mostly meant orders, can take for an order or a refund.
     */
    private static boolean pushesWhileBargaining(String normalized, TurnContext context) {
        return bargaining(context)
                && BARGAIN_PUSH.matcher(normalized).find()
                && !AFTER_SALES_WORD.matcher(normalized).find();
    }

    /**
     * Where the reading is torn or off the words: a bargain said plainly is a bargain (not with after-sales words), an
     * after-sales word in a torn or idle reading is after-sales, and a size asked after is stock.
     */
    private static Optional<Intent> plainlySaid(String normalized, List<Entity> entities, Classification decided) {
        Intent read = decided.intent();
        boolean priceIntent = read == Intent.bargain
                || read == Intent.promotion
                || read.isRequest()
                        && (decided.secondary() == Intent.bargain || decided.secondary() == Intent.promotion);
        if (!priceIntent
                && !read.equals(Intent.payment)
                && PLAIN_BARGAIN.matcher(normalized).find()
                && !AFTER_SALES_WORD.matcher(normalized).find()) {
            return Optional.of(Intent.bargain);
        }
        if (read == Intent.other && PLAIN_AFTERSALES.matcher(normalized).find()) {
            return Optional.of(Intent.return_refund);
        }
        if (read == Intent.other
                && ASKS_IF_THERE.matcher(normalized).find()
                && entities.stream().anyMatch(e -> e.type().equals("size"))) {
            return Optional.of(Intent.stock);
        }
        return Optional.empty();
    }

    /** "859能拍吗", "800真不行吗": a number put to the shop with no unit is a price all the same. */
    static List<Entity> withOfferedNumber(List<Entity> entities, Optional<String> offered) {
        boolean priced = entities.stream()
                .anyMatch(e -> e.type().equals("amount") || e.type().equals("price"));
        if (priced || offered.isEmpty()) {
            return entities;
        }
        List<Entity> more = new ArrayList<>(entities);
        more.add(new Entity("amount", offered.get(), offered.get()));
        return more;
    }

    static Optional<String> numberOffered(String normalized) {
        Matcher offered = NUMBER_OFFERED.matcher(normalized);
        return offered.find() ? Optional.of(offered.group(1)) : Optional.empty();
    }

    /** "那298吧", "860呢": while bargaining, a number said alone (or put to the shop) is the shopper's price. */
    private static boolean bargaining(TurnContext context) {
        return "negotiation".equals(context.stage())
                && (context.lastRequest() == Intent.bargain || context.lastRequest() == Intent.promotion);
    }

    /**
     * "这件大衣多少钱", "两件多少钱", "三条怎么卖": what one or several cost, after the promotions and the tiers, is
     * the bargaining stage's question (the model, taught on chats about orders, read the first as a size question).
     * Not shipping, refunds or invoices, and not with after-sales words in after-sales ("T恤买三件多少钱" after a
     * complaint is a new purchase).
     */
    private static boolean asksThePrice(String normalized, TurnContext context) {
        return !(inAfterSales(context) && AFTER_SALES_WORD.matcher(normalized).find())
                && PRICE_QUESTION.matcher(normalized).find()
                && !NOT_THE_PRICE.matcher(normalized).find();
    }

    private static boolean inAfterSales(TurnContext context) {
        return "aftersales".equals(context.stage());
    }

    /**
     * The bargain first. What the model read stays as the second request only when the message has another
     * clause to hold it and the reading was a clear request: in "874卖不卖" alone the number is what it read.
     */
    private static Classification asBargain(Classification decided, boolean severalClauses, double clauseConfidence) {
        if (decided.intent() == Intent.bargain) {
            return severalClauses
                    ? decided
                    : new Classification(Intent.bargain, decided.confidence(), List.of(), decided.entities());
        }
        List<Classification.Scored> second =
                severalClauses && decided.intent().isRequest() && decided.confidence() >= clauseConfidence
                        ? List.of(new Classification.Scored(decided.intent(), decided.confidence()))
                        : List.of();
        return new Classification(Intent.bargain, Math.max(decided.confidence(), 0.5), second, decided.entities());
    }

    /**
     * The price question first; in a message of several clauses ("这个有货吗 多少钱能包邮"), what the clauses asked
     * stays, with the price question second unless a price intent is already there.
     */
    private static Classification asPromotion(Classification decided, boolean severalClauses, String normalized) {
        if (decided.intent() == Intent.bargain
                && !severalClauses
                && !BARGAIN_PUSH.matcher(normalized).find()) {
            // "多少钱" asks the price, it pushes on nothing: the answer starts from the list price.
            return new Classification(Intent.promotion, decided.confidence(), List.of(), decided.entities());
        }
        boolean priced = decided.intent() == Intent.promotion
                || decided.intent() == Intent.bargain
                || decided.intent().isRequest()
                        && decided.alternatives().stream()
                                .anyMatch(a -> a.intent() == Intent.promotion || a.intent() == Intent.bargain);
        if (priced) {
            return decided;
        }
        if (severalClauses && decided.intent().isRequest()) {
            List<Classification.Scored> second = new ArrayList<>(decided.alternatives());
            second.add(0, new Classification.Scored(Intent.promotion, 0.5));
            return new Classification(decided.intent(), decided.confidence(), second, decided.entities());
        }
        return new Classification(Intent.promotion, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
    }
}
