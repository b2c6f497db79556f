package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot writes for each move of the strategy, in the playbook's tone: 亲, warm, no bare refusals. Each
 * move has several phrasings ({@link Line}); every price written is returned as an offer, so it can be checked
 * against the floor; nothing is promised that the shop has not set up (no member discounts, no notifications).
 */
final class Replies {
    static final String ACCEPT = "好的，就这个价";
    static final String CHEAPER = "看看便宜点的款";
    private static final String MORE = "再便宜点";

    /** A reply, the buttons under it, and every price of this product it names. */
    record Said(Line line, List<String> quickReplies, List<Turn.Offer> offers) {}

    private final PricePolicy policy;

    Replies(PricePolicy policy) {
        this.policy = policy;
    }

    /** The first answer: the product's value in the shopper's kind's line, and what the promotions make the price. */
    Said value(NegotiationState state, List<ShopItem> cheaper) {
        return value(state, null, cheaper);
    }

    /** The same, to a shopper who named a price under what can be given: that price is declined first. */
    Said value(NegotiationState state, BigDecimal theirs, List<ShopItem> cheaper) {
        String name = policy.productName();
        BigDecimal price = state.offerPrice(policy);
        List<String> lines = switch (state.bargainer()) {
            case promise -> List.of("亲，谢谢您愿意常来～这款的价格已经是实在价了。", "亲，先谢谢您的信任！第一次买也不会吃亏的，这个价已经很实在了。");
            case comparison ->
                List.of(
                        "亲，看着差不多的款，面料和做工可能差得不少，您收到后可以仔细对比；咱们这款有平台的消费者保障，售后也省心。",
                        "亲，理解您货比三家～同款不同价，差别常常在用料和做工上；这款的品质我们是有信心的。");
            case threat_lure ->
                List.of("亲，理解您想买得更划算～这款的价格已经很实在了。" + tiersHint(), "亲，明白您的意思～这个价本身已经很实在了。" + tiersHint());
            case sympathy ->
                List.of(
                        "亲，特别理解您～这款" + name + "已经很实在了。" + cheaperHint(cheaper),
                        "亲，懂您的不容易～能省的我都帮您算上了。" + cheaperHint(cheaper));
            case excuse -> List.of("亲，理解您的预算～能用的优惠我都帮您算上了。", "亲，明白您的预算～我这边能给您的优惠都在这里了。");
            case bargain_hunter -> List.of("亲，店里的价格一直很实在哦～", "亲，这款的价格本来就很实在～");
            case flat ->
                List.of(
                        "亲，价格只在买的那一下，品质却陪您很久：" + name + "按用一年算，每天不到"
                                + Yuan.plain(price.divide(BigDecimal.valueOf(365), 0, RoundingMode.CEILING)) + "元。",
                        "亲，这款" + name + "用料扎实，做工也细，算下来真的很值～");
        };
        String fixed = policy.mode() == PricePolicy.PlatformMode.fixed ? "天猫店的价格全平台统一，系统里没法改价，还请您理解。" : "";
        Line line = Line.pick("value." + state.bargainer(), state, lines);
        int q = state.quantity();
        String many =
                q > 1 ? q + "件每件" + Yuan.of(price) + "，共" + Yuan.of(price.multiply(BigDecimal.valueOf(q))) + "。" : "";
        String text =
                theirs == null ? line.text() : declined(theirs, q) + line.text().replaceFirst("^亲，", "");
        return said(line.key(), text + fixed + many + paidNote(price, q), state, cheaper);
    }

    Said promotions(NegotiationState state) {
        List<String> parts = new ArrayList<>();
        List<Turn.Offer> offers = new ArrayList<>();
        policy.spendSaves().forEach(s -> parts.add("全店满" + Yuan.plain(s.threshold()) + "减" + Yuan.plain(s.off())));
        policy.coupons()
                .forEach(c ->
                        parts.add("「" + c.name() + "」满" + Yuan.plain(c.minSpend()) + "减" + Yuan.plain(c.amount())));
        policy.tiers().forEach(t -> {
            parts.add(t.minQuantity() + "件起每件" + Yuan.of(t.unitPrice()));
            offers.add(offer(t.unitPrice(), t.minQuantity()));
        });
        if (policy.shipping() != null && policy.shipping().freeOver() != null) {
            parts.add("满" + Yuan.plain(policy.shipping().freeOver()) + "包邮");
        }
        BigDecimal price = state.offerPrice(policy);
        String note = paidNote(price, state.quantity());
        Line line = parts.isEmpty()
                ? Line.pick(
                        "promotions.none",
                        state,
                        List.of(
                                "亲，" + policy.productName() + Yuan.of(price) + "，现在没有额外的活动，价格已经是实打实的了～",
                                "亲，" + policy.productName() + "目前没有满减和券，" + Yuan.of(price) + "就是实价哦～"))
                : Line.pick(
                        "promotions",
                        state,
                        List.of(
                                "亲，" + policy.productName() + Yuan.of(price) + "，现在的活动您都能用上：" + String.join("；", parts)
                                        + "。下单时自动抵扣" + (note.isEmpty() ? "。" : "，") + note,
                                "亲，" + policy.productName() + "现在" + Yuan.of(price) + "，给您列一下店里的优惠："
                                        + String.join("；", parts) + "。" + note));
        offers.add(offer(price, state.quantity()));
        return new Said(line, List.of(ACCEPT, MORE), offers);
    }

    Said quantity(NegotiationState state) {
        int q = state.quantity();
        BigDecimal unit = state.offerPrice(policy);
        String tier = policy.tierFor(q).isPresent() ? "按多件优惠" : "";
        Line line = Line.pick(
                "quantity",
                state,
                List.of(
                        "亲，" + q + "件" + tier + "每件" + Yuan.of(unit) + "，一共"
                                + Yuan.of(unit.multiply(BigDecimal.valueOf(q))) + "。" + paidNote(unit, q),
                        "亲，给您算好了：" + q + "件" + tier + "是每件" + Yuan.of(unit) + "，共"
                                + Yuan.of(unit.multiply(BigDecimal.valueOf(q))) + "。" + paidNote(unit, q)));
        List<Turn.Offer> offers = new ArrayList<>(List.of(offer(unit, q)));
        Optional<PricePolicy.QuantityTier> more = policy.tiers().stream()
                .filter(t -> t.minQuantity() > q)
                .min((a, b) -> Integer.compare(a.minQuantity(), b.minQuantity()));
        String text = line.text()
                + more.map(t -> "买" + t.minQuantity() + "件的话每件" + Yuan.of(t.unitPrice()) + "。")
                        .orElse("");
        more.ifPresent(t -> offers.add(offer(t.unitPrice(), t.minQuantity())));
        return new Said(new Line(line.key(), text), List.of(ACCEPT, MORE), offers);
    }

    Said cheaper(NegotiationState state, List<ShopItem> items) {
        if (items.isEmpty()) {
            Line line = Line.pick(
                    "cheaper.none",
                    state,
                    List.of("不好意思亲，店里比这款更实惠、现在又有货的款暂时没有，这款的价格已经很实在了，您可以放心拍～", "亲，这个价位以下有货的款现在没有哦，这款性价比已经很高了～"));
            return new Said(line, List.of(ACCEPT), List.of());
        }
        Line line = Line.pick(
                "cheaper",
                state,
                List.of(
                        "亲，预算想再低一些的话，可以看看" + names(items) + "，都有现货～",
                        "亲，给您挑了几款更实惠的：" + names(items) + "，现在都有货，您看看喜欢哪款～"));
        return new Said(
                line,
                items.stream().map(ShopItem::name).toList(),
                items.stream().map(Replies::offer).toList());
    }

    Said firm(NegotiationState state, List<ShopItem> cheaper) {
        BigDecimal price = state.offerPrice(policy);
        String extras = extras(state);
        Line line = Line.pick(
                "firm",
                state,
                List.of(
                        "亲，真的已经是最低了：" + Yuan.of(price) + extras + "。再低就要亏本了，还请您理解～",
                        "亲，店里给的" + Yuan.of(price) + extras + "已经是底价了，我这边真的没法再往下了～",
                        "亲，这个价是店里能给的最低了，" + Yuan.of(price) + extras + "，您放心，品质和售后都有保障～"));
        return said(
                line.key(), line.text() + paidShort(price, state.quantity()) + cheaperHint(cheaper), state, cheaper);
    }

    Said step(NegotiationState state, BigDecimal theirs) {
        BigDecimal price = state.offerPrice(policy);
        Line line = Line.pick(
                "step",
                state,
                List.of(
                        declined(theirs, state.quantity()) + "看您是真心想要，我帮您申请一下，" + Yuan.of(price) + "给您。",
                        declined(theirs, state.quantity()) + "这样吧，我给您让一点，" + Yuan.of(price) + "，您看可以吗？",
                        declined(theirs, state.quantity()) + "我尽力帮您争取了，" + Yuan.of(price) + "，这已经压得很低了。"));
        return said(line.key(), line.text() + paidShort(price, state.quantity()), state, List.of());
    }

    Said counter(NegotiationState state, BigDecimal theirs) {
        BigDecimal price = state.offerPrice(policy);
        Line line = Line.pick(
                "counter",
                state,
                List.of(
                        "亲，" + named(theirs, state.quantity()) + "确实给不了，咱们各让一步，" + Yuan.of(price) + "怎么样？",
                        "亲，" + named(theirs, state.quantity()) + "有点难，我这边这次能到" + Yuan.of(price) + "，您看行吗？",
                        "亲，您的心意我明白，" + named(theirs, state.quantity()) + "做不到，" + Yuan.of(price) + "给您可以吗？"));
        return said(line.key(), line.text() + paidShort(price, state.quantity()), state, List.of());
    }

    Said token(NegotiationState state, Concession given, BigDecimal theirs) {
        String gift = given.kind() == Concession.Kind.gift ? "送您一份" + given.gift() : "这单给您包邮";
        Line line = Line.pick(
                "token",
                state,
                List.of(
                        declined(theirs, state.quantity()) + "这个价已经很实在了，我给您争取了一点小心意：" + gift + "～",
                        declined(theirs, state.quantity()) + "我帮您申请了" + gift + "，您看这样行吗？"));
        return said(line.key(), line.text() + paidShort(state.offerPrice(policy), state.quantity()), state, List.of());
    }

    /** "嗯", "哦": not a yes and not a push; the price on the table, said again. */
    Said restate(NegotiationState state) {
        BigDecimal price = state.offerPrice(policy);
        Line line = Line.pick(
                "restate",
                state,
                List.of(
                        "亲，现在给您的是" + Yuan.of(price) + extras(state) + "，合适的话直接拍下就好～",
                        "亲，还是" + Yuan.of(price) + extras(state) + "，您考虑好了跟我说一声～"));
        return said(line.key(), line.text() + paidShort(price, state.quantity()), state, List.of());
    }

    /** No step this time, and no claim that the price is the lowest: it is not yet. */
    Said hold(NegotiationState state, BigDecimal theirs) {
        BigDecimal price = state.offerPrice(policy);
        Line line = Line.pick(
                "hold",
                state,
                List.of(
                        declined(theirs, state.quantity()) + Yuan.of(price) + extras(state) + "已经很实在了，您再考虑考虑～",
                        declined(theirs, state.quantity()) + "这个价是实打实的，" + Yuan.of(price) + extras(state)
                                + "，品质和售后都有保障～",
                        declined(theirs, state.quantity()) + "我理解您想再省一点，不过" + Yuan.of(price) + extras(state)
                                + "已经很划算了～"));
        return said(line.key(), line.text() + paidShort(price, state.quantity()), state, List.of());
    }

    Line askSupervisor(NegotiationState state, BigDecimal theirs) {
        return Line.pick(
                "ask_supervisor",
                state,
                List.of(
                        declined(theirs, state.quantity()) + "我这边能直接让的已经到头了，您稍等一下，我把这单能用的优惠再帮您算一遍，看看还能争取到什么～",
                        declined(theirs, state.quantity()) + "您先别急，我把店里的优惠再帮您算一遍，稍等片刻～"));
    }

    /**
     * The answer after the pause: the last offer the shop's price policy allows (no person is asked, so no line says one
     * was), or, when nothing more could be given, that the price is the lowest.
     */
    Said lastOffer(NegotiationState state, Optional<Concession> given, boolean priceMoved) {
        BigDecimal price = state.offerPrice(policy);
        String gift = given.map(c -> c.kind() == Concession.Kind.gift ? "，再送您一份" + c.gift() : "，这单包邮")
                .orElse("");
        Line line = given.isEmpty() && !priceMoved
                ? Line.pick(
                        "last_offer.nothing",
                        state,
                        List.of(
                                "亲，让您久等了，店里的优惠都帮您算过了，" + Yuan.of(price) + extras(state) + "已经是最低价了，真的没法再调，还请您理解～",
                                "亲，久等了～能用的优惠都帮您算过了，" + Yuan.of(price) + extras(state) + "就是最低价，品质和售后我们都有保障，您放心。"))
                : Line.pick(
                        "last_offer",
                        state,
                        List.of(
                                "亲，让您久等了！按店里的规则帮您算下来，能争取到" + Yuan.of(price) + gift + "，这是能给的最低价了，您看可以吗？",
                                "亲，久等了～帮您算好了：" + Yuan.of(price) + gift + "，这是最低价，再低真的做不到了。"));
        return said(line.key(), line.text() + paidShort(price, state.quantity()), state, List.of());
    }

    Line goodbye(NegotiationState state) {
        return Line.pick("goodbye", state, List.of("好的亲，完全理解～您想好了随时回来找我，欢迎再来看看！", "好的亲，不打扰您了～有需要随时叫我，祝您生活愉快！"));
    }

    /** After the deal: a yes hears the deal again, a push hears that it stands. */
    Said agreed(NegotiationState state, boolean yes) {
        BigDecimal price = state.agreedPrice();
        Line line = yes
                ? Line.pick(
                        "agreed.yes",
                        state,
                        List.of(
                                "好的亲，就按说好的" + Yuan.of(price) + "。" + afterOrder(price, state.quantity()) + "～",
                                "好嘞亲，还是说好的" + Yuan.of(price) + "。" + afterOrder(price, state.quantity()) + "～"))
                : Line.pick(
                        "agreed.holds",
                        state,
                        List.of(
                                "亲，咱们已经说好" + Yuan.of(price) + "了，这已经是最优惠的。" + afterOrder(price, state.quantity()) + "～",
                                "亲，说好的" + Yuan.of(price) + "不会变，也真的没法再低了。" + afterOrder(price, state.quantity())
                                        + "～"));
        // "记得送小样哈": the gifts of the deal are said again, since the warehouse has them in the order's remarks.
        String gifts = state.gifts().isEmpty() ? "" : "说好的" + String.join("、", state.gifts()) + "也已经给您备注上了，会和商品一起发出。";
        return new Said(
                new Line(line.key(), line.text() + paidNote(price, state.quantity()) + gifts),
                List.of("怎么付款"),
                List.of(offer(price, state.quantity())));
    }

    Said deal(NegotiationState state, String how, boolean freeShipping) {
        BigDecimal price = state.agreedPrice();
        int q = state.quantity();
        String opening = switch (how) {
            case "met" -> "亲，看您这么有诚意，这个价我给您申请下来了，";
            case "already" -> "亲，不用那么多，现在这个价用上优惠更划算，";
            case "paid" -> "好的亲，就是这个到手价，";
            default -> "好的亲，";
        };
        // The product is named: a deal said in a chat about several products must leave no doubt which one it is.
        StringBuilder text = new StringBuilder(opening)
                .append(policy.productName())
                .append("就按")
                .append(Yuan.of(price))
                .append(q > 1 ? "一件、" + q + "件共" + Yuan.of(price.multiply(BigDecimal.valueOf(q))) : "")
                .append("给您");
        if (!state.gifts().isEmpty()) {
            text.append("，赠品").append(String.join("、", state.gifts())).append("会备注好随单发出");
        }
        text.append(freeShipping ? "，包邮" : "")
                .append("。")
                .append(paidNote(price, q))
                .append(afterOrder(price, q))
                .append("，感谢您的支持～");
        return new Said(new Line("deal." + how, text.toString()), List.of("怎么付款"), List.of(offer(price, q)));
    }

    /** After the deal: where the agreed price differs from the shop's own, it is changed on the order (DealAgreed). */
    private String afterOrder(BigDecimal price, int quantity) {
        return price.compareTo(policy.startingPrice(quantity)) == 0 ? "您直接拍下就可以" : "您拍下后我按这个价给您改价";
    }

    Said soldOut(NegotiationState state, List<ShopItem> others) {
        Line line = Line.pick(
                "sold_out",
                state,
                List.of(
                        "亲，实在抱歉，" + policy.productName() + "现在卖完了，补货时间还没定。"
                                + (others.isEmpty() ? "" : "可以看看" + names(others) + "，都有现货～"),
                        "亲，" + policy.productName() + "暂时没货了，真不好意思。"
                                + (others.isEmpty() ? "" : "有现货的可以看看" + names(others) + "～")));
        return new Said(
                line,
                others.stream().map(ShopItem::name).toList(),
                others.stream().map(Replies::offer).toList());
    }

    /** "用上满299减30、「新客券」减10，到手¥859。" when the promotions lower what is paid; else nothing. */
    private String paidNote(BigDecimal unit, int quantity) {
        BigDecimal total = unit.multiply(BigDecimal.valueOf(quantity));
        if (policy.promotionsOff(total).signum() == 0) {
            return "";
        }
        List<String> used = new ArrayList<>();
        policy.spendSaveAt(total).ifPresent(s -> used.add("满" + Yuan.plain(s.threshold()) + "减" + Yuan.plain(s.off())));
        policy.couponAt(total).ifPresent(c -> used.add("「" + c.name() + "」减" + Yuan.plain(c.amount())));
        BigDecimal paid = policy.payable(unit, quantity);
        String each = quantity > 1
                ? "（每件合" + Yuan.plain(paid.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP)) + "元）"
                : "";
        return "用上" + String.join("、", used) + "，到手" + Yuan.of(paid) + each + "。";
    }

    /** "到手¥848。": once the promotions have been named, the amount is enough. */
    private String paidShort(BigDecimal unit, int quantity) {
        BigDecimal total = unit.multiply(BigDecimal.valueOf(quantity));
        return policy.promotionsOff(total).signum() == 0 ? "" : "到手" + Yuan.of(policy.payable(unit, quantity)) + "。";
    }

    private String extras(NegotiationState state) {
        return (state.gifts().isEmpty() ? "" : "，送" + String.join("、", state.gifts()))
                + (state.freeShipping() ? "，包邮" : "");
    }

    private String tiersHint() {
        return policy.tiers().isEmpty() ? "" : "多买的话店里有多件优惠，我可以帮您算一算。";
    }

    private static String cheaperHint(List<ShopItem> cheaper) {
        return cheaper.isEmpty() ? "" : "预算紧的话，也可以看看" + names(cheaper) + "。";
    }

    private static String declined(BigDecimal theirs, int quantity) {
        return theirs == null ? "亲，" : "亲，" + named(theirs, quantity) + "这个价我这边给不了，";
    }

    /** The shopper's own price as they said it: for several items, the total. */
    private static String named(BigDecimal theirs, int quantity) {
        return quantity > 1
                ? quantity + "件" + Yuan.plain(theirs.multiply(BigDecimal.valueOf(quantity)))
                : Yuan.plain(theirs);
    }

    private static String names(List<ShopItem> items) {
        return String.join(
                "、",
                items.stream()
                        .map(i -> i.name() + "（" + Yuan.of(i.listPrice()) + "）")
                        .toList());
    }

    private Said said(String key, String text, NegotiationState state, List<ShopItem> shown) {
        List<Turn.Offer> offers = new ArrayList<>(List.of(offer(state.offerPrice(policy), state.quantity())));
        shown.forEach(i -> offers.add(offer(i)));
        return new Said(new Line(key, text), List.of(ACCEPT, CHEAPER), offers);
    }

    private Turn.Offer offer(BigDecimal unit, int quantity) {
        return new Turn.Offer(policy.productId(), unit, quantity, policy.payable(unit, quantity));
    }

    private static Turn.Offer offer(ShopItem item) {
        return new Turn.Offer(item.productId(), item.listPrice(), 1, item.listPrice());
    }
}
