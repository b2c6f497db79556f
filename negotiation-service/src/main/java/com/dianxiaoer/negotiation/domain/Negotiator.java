package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bargains like the shop's best agent (PLAYBOOK.md §4). Each time the customer pushes, the answer climbs one
 * rung: first the product's value in the line that fits the kind of bargainer, then the promotions anyone gets,
 * then one token concession, then "let me ask my supervisor" and the policy's last offer; after that the answer
 * stays firm and points to cheaper items. So a concession is always won, never handed out, and asking again
 * never wins more. No price below the policy's floor is ever named.
 */
public final class Negotiator {
    private static final String ACCEPT_BUTTON = "好的，就这个价";

    private final PricePolicy policy;
    private final List<PricePolicy> shopCatalogue;

    public Negotiator(PricePolicy policy, List<PricePolicy> shopCatalogue) {
        this.policy = policy;
        this.shopCatalogue = List.copyOf(shopCatalogue);
    }

    /** For a message that names no product the shop has a policy for: ask, with the products as buttons. */
    public static Turn.Reply askWhichProduct(List<PricePolicy> shop) {
        return new Turn.Reply("亲，您想问的是哪一款的价格呢？告诉我商品名称，我帮您看看现在有什么优惠～",
                shop.stream().map(PricePolicy::productName).limit(4).toList());
    }

    public Turn respond(NegotiationState state, CustomerMove move) {
        if (state.status() == NegotiationState.Status.agreed && state.agreedPrice() != null
                && (move.kind() == CustomerMove.Kind.accept || move.kind() == CustomerMove.Kind.bargain)) {
            // A deal is a deal: a "好的" is not a second deal, and a push after it does not reopen the ladder.
            String text = move.kind() == CustomerMove.Kind.accept
                    ? "好的亲，就按刚才说好的" + Yuan.of(state.agreedPrice()) + "，您直接拍下就可以，付款前我这边帮您把价格改好～"
                    : "亲，咱们刚才已经说好" + Yuan.of(state.agreedPrice()) + "了，这已经是店里能给的最优惠，您直接拍下，付款前我帮您改好价～";
            return new Turn(state, List.of(reply(text, List.of("怎么付款"))), null,
                    List.of(new Turn.Offer(policy.productId(), state.agreedPrice(), 1)), null, null);
        }
        if (state.status() != NegotiationState.Status.open) {
            state = NegotiationState.start(policy.productId());
        }
        return switch (move.kind()) {
            case accept -> deal(state, state.offerPrice(policy), move.quantity(), "");
            case walk_away -> new Turn(state.closed(NegotiationState.Status.ended),
                    List.of(reply("好的亲，完全理解～这款我帮您留意着，有新活动第一时间告诉您，欢迎您随时回来看看！", List.of())),
                    null, List.of(), null, "customer_left");
            case promotion_question -> promotions(state);
            case quantity_question -> quantity(state, move.quantity());
            case bargain -> bargain(state.pushed(), move);
        };
    }

    private Turn bargain(NegotiationState state, CustomerMove move) {
        BigDecimal offer = state.offerPrice(policy);
        BigDecimal target = move.targetUnitPrice();
        if (target != null && target.compareTo(offer) >= 0) {
            return deal(state, offer, move.quantity(), "亲，可以的，");
        }
        if (target != null && state.round() >= 3 && policy.mode() == PricePolicy.PlatformMode.adjustable
                && state.priceSteps() < PricePolicy.MAX_PRICE_STEPS && concessionsLeft(state) > 0
                && target.compareTo(policy.priceAfterSteps(state.priceSteps() + 1)) >= 0) {
            // The customer has pushed long enough and asks for no more than the next step would give: meet them.
            return deal(state.with(Concession.price(target)), target, move.quantity(), "亲，看您这么有诚意，这个价我给您申请下来了，");
        }
        Turn rung = switch (Math.min(state.round(), 5)) {
            case 1 -> value(state, move);
            case 2 -> promotions(state);
            case 3 -> token(state);
            case 4 -> supervisor(state);
            default -> firm(state, target);
        };
        if (target != null && target.compareTo(policy.floorPrice()) < 0 && state.round() >= 2 && rung.delayed() == null) {
            return withAlternatives(rung, target);
        }
        return rung;
    }

    private Turn value(NegotiationState state, CustomerMove move) {
        BigDecimal price = state.offerPrice(policy);
        String name = policy.productName();
        String text = switch (move.bargainer()) {
            case promise -> "亲，谢谢您这么看好我们～第一次的价格已经是店里的实在价了，您下次再来或者介绍朋友来，"
                    + "都能享受老顾客的会员优惠，我们都记着呢。";
            case comparison -> "亲，同款看着差不多，用料和做工可差得远呢。咱们是品牌授权的正品店，线上线下同价，"
                    + "还有完整的售后保障，这份安心是别家给不了的～";
            case threat_lure -> "亲，理解您想买得更划算～价格是公司统一定的，每位顾客都是这个价，对大家都公平。"
                    + (policy.tiers().isEmpty() ? "" : "如果多买，店里有多件优惠，我可以帮您算一算。");
            case sympathy -> "亲，特别理解您～这款" + name + "的价格已经很实在了，现在下单还能用店里的活动，"
                    + "预算紧的话我也可以给您推荐性价比更高的款。";
            case excuse -> "亲，这个价格确实已经是最低的了，我这边改不了价，还请您理解～能给您的优惠我都会帮您争取。";
            case bargain_hunter -> "亲，咱们店一直是明码实价哦～不过看您这么有诚意，我尽量帮您争取一点小心意。";
            case flat -> "亲，价格只在买的那一下，品质却陪您很久。" + name + "用料扎实，按用一年算，每天不到"
                    + Yuan.plain(price.divide(BigDecimal.valueOf(365), 0, RoundingMode.CEILING)) + "元，真的很值～";
        };
        String fixed = policy.mode() == PricePolicy.PlatformMode.fixed ? "另外天猫店的价格是全平台统一的，系统里没法改价，还请您理解。" : "";
        return new Turn(state, List.of(reply(text + fixed, List.of(ACCEPT_BUTTON, "有什么活动"))), null, List.of(), null, null);
    }

    private Turn promotions(NegotiationState state) {
        List<String> parts = new ArrayList<>();
        List<Turn.Offer> offers = new ArrayList<>();
        policy.spendSaves().forEach(s -> parts.add("全店满" + Yuan.plain(s.threshold()) + "减" + Yuan.plain(s.off())));
        policy.coupons().forEach(c -> parts.add("可以领「" + c.name() + "」，满" + Yuan.plain(c.minSpend()) + "减" + Yuan.plain(c.amount())));
        policy.tiers().forEach(t -> {
            parts.add(t.minQuantity() + "件起每件" + Yuan.of(t.unitPrice()));
            offers.add(new Turn.Offer(policy.productId(), t.unitPrice(), t.minQuantity()));
        });
        if (policy.shipping() != null && policy.shipping().freeOver() != null) {
            parts.add("满" + Yuan.plain(policy.shipping().freeOver()) + "包邮");
        }
        String text = parts.isEmpty()
                ? "亲，这款现在没有额外的活动，价格已经是实打实的优惠价了；关注店铺的话，上新和活动都会第一时间通知您～"
                : "亲，现在店里的活动您都可以用上：" + String.join("；", parts) + "。下单时自动抵扣，算下来很划算的～";
        return new Turn(state, List.of(reply(text, List.of(ACCEPT_BUTTON, "再便宜点"))), null, offers, null, null);
    }

    private Turn quantity(NegotiationState state, int quantity) {
        BigDecimal unit = policy.tierFor(quantity).map(PricePolicy.QuantityTier::unitPrice)
                .orElse(state.offerPrice(policy)).min(state.offerPrice(policy));
        BigDecimal total = unit.multiply(BigDecimal.valueOf(quantity));
        String text = "亲，" + quantity + "件的话每件" + Yuan.of(unit) + "，一共" + Yuan.of(total) + "。"
                + (policy.spendSaves().isEmpty() ? "" : "满减活动下单时还会自动抵扣哦～");
        return new Turn(state, List.of(reply(text, List.of(ACCEPT_BUTTON))), null,
                List.of(new Turn.Offer(policy.productId(), unit, quantity)), null, null);
    }

    /** One small thing the customer can feel they won: a gift first, then shipping, then (Taobao shops) one price step. */
    private Turn token(NegotiationState state) {
        Optional<Concession> concession = nextConcession(state, false);
        if (concession.isEmpty()) {
            return supervisor(state);
        }
        NegotiationState won = state.with(concession.get());
        String text = switch (concession.get().kind()) {
            case gift -> "亲，价格我这边真的动不了，不过帮您申请到了一份小礼物：" + concession.get().gift()
                    + "，随单一起发，这是特别给您的哦～";
            case free_shipping -> "亲，价格我这边真的动不了，不过这单给您包邮，运费我们来出，这是特别给您争取的哦～";
            case price -> "亲，看您是真心想要，我帮您申请到了" + Yuan.of(won.offerPrice(policy)) + "，这个价格很难得了～";
        };
        return new Turn(won, List.of(reply(text, List.of(ACCEPT_BUTTON, "再便宜点"))), null, offers(won), null, null);
    }

    private Turn supervisor(NegotiationState state) {
        if (state.supervisorConsulted()) {
            return firm(state, null);
        }
        NegotiationState asked = state.consultedSupervisor();
        Optional<Concession> last = nextConcession(asked, true);
        NegotiationState after = last.map(asked::with).orElse(asked);
        String lastWord = last.map(c -> switch (c.kind()) {
            case price -> "亲，让您久等了！主管特批，这款可以按" + Yuan.of(after.offerPrice(policy))
                    + "给您，这是能给的最低价了，您看可以吗？";
            case gift -> "亲，让您久等了！价格主管那边也调不了，不过特批再送您一份" + c.gift() + "，您看这样可以吗？";
            case free_shipping -> "亲，让您久等了！价格主管那边也调不了，不过特批这单包邮，您看这样可以吗？";
        }).orElse("亲，让您久等了，主管说这个价格确实已经是最低了，没办法再调，真的很抱歉～不过品质和售后我们都有保障，您放心。");
        return new Turn(after,
                List.of(reply("亲，我这边的权限有限，您稍等一下，我去问问主管，看看还能帮您争取到什么～", List.of())),
                reply(lastWord, List.of(ACCEPT_BUTTON, "看看便宜点的款")), offers(after), null, null);
    }

    private Turn firm(NegotiationState state, BigDecimal target) {
        StringBuilder text = new StringBuilder("亲，真的已经是最优惠的了：").append(Yuan.of(state.offerPrice(policy)));
        if (!state.gifts().isEmpty()) {
            text.append("，再送").append(String.join("、", state.gifts()));
        }
        if (state.freeShipping()) {
            text.append("，包邮");
        }
        text.append("。再低就要亏本了，还请您理解～");
        return new Turn(state, List.of(reply(text.toString(), List.of(ACCEPT_BUTTON, "看看便宜点的款"))), null, offers(state), null, null);
    }

    private Turn withAlternatives(Turn turn, BigDecimal target) {
        List<PricePolicy> cheaper = shopCatalogue.stream()
                .filter(p -> !p.productId().equals(policy.productId()) && p.listPrice().compareTo(policy.floorPrice()) < 0)
                .sorted(Comparator.comparing((PricePolicy p) -> p.listPrice().subtract(target).abs()))
                .limit(2).toList();
        if (cheaper.isEmpty()) {
            return turn;
        }
        String names = String.join("、", cheaper.stream().map(p -> p.productName() + "（" + Yuan.of(p.listPrice()) + "）").toList());
        List<Turn.Reply> replies = new ArrayList<>(turn.replies());
        replies.add(reply("亲，" + Yuan.plain(target) + "元这个价位，这款确实做不到；预算在这个范围的话，可以看看" + names + "，同样是正品，性价比很高～",
                cheaper.stream().map(PricePolicy::productName).toList()));
        List<Turn.Offer> offers = new ArrayList<>(turn.offers());
        cheaper.forEach(p -> offers.add(new Turn.Offer(p.productId(), p.listPrice(), 1)));
        return new Turn(turn.state(), replies, turn.delayed(), offers, turn.deal(), turn.endedReason());
    }

    private Turn deal(NegotiationState state, BigDecimal unitPrice, int quantity, String opening) {
        int qty = Math.max(1, quantity);
        BigDecimal total = unitPrice.multiply(BigDecimal.valueOf(qty));
        boolean freeShipping = state.freeShipping() || policy.shipsFreeFor(total);
        Turn.Deal deal = new Turn.Deal(policy.productId(), policy.productName(), qty, unitPrice, state.gifts(), freeShipping);
        StringBuilder text = new StringBuilder(opening.isEmpty() ? "好的亲，" : opening)
                .append("就按").append(Yuan.of(unitPrice)).append(qty > 1 ? "一件、" + qty + "件共" + Yuan.of(total) : "")
                .append("给您");
        if (!state.gifts().isEmpty()) {
            text.append("，赠品").append(String.join("、", state.gifts())).append("我会备注好随单发出");
        }
        text.append(freeShipping ? "，包邮" : "").append("。您直接拍下就可以，付款后我这边马上为您安排，感谢您的支持～");
        return new Turn(state.agreedAt(unitPrice), List.of(reply(text.toString(), List.of("怎么付款"))), null,
                List.of(new Turn.Offer(policy.productId(), unitPrice, qty)), deal, null);
    }

    /**
     * The next concession the policy allows: gift, free shipping, then a price step (Taobao shops only). The
     * supervisor's last offer prefers a price step where one is allowed, because it is the one that settles.
     */
    private Optional<Concession> nextConcession(NegotiationState state, boolean lastOffer) {
        if (concessionsLeft(state) <= 0) {
            return Optional.empty();
        }
        Optional<Concession> priceStep = policy.mode() == PricePolicy.PlatformMode.adjustable
                && state.priceSteps() < PricePolicy.MAX_PRICE_STEPS
                && policy.priceAfterSteps(state.priceSteps() + 1).compareTo(state.offerPrice(policy)) < 0
                ? Optional.of(Concession.price(policy.priceAfterSteps(state.priceSteps() + 1))) : Optional.empty();
        Optional<Concession> gift = policy.gifts().stream()
                .filter(g -> g.stock() > 0 && !state.gifts().contains(g.name())).findFirst().map(g -> Concession.gift(g.name()));
        Optional<Concession> shipping = policy.shipping() != null && policy.shipping().waivable() && !state.freeShipping()
                && policy.shipping().fee().signum() > 0 ? Optional.of(Concession.freeShipping()) : Optional.empty();
        return lastOffer ? priceStep.or(() -> gift).or(() -> shipping) : gift.or(() -> shipping).or(() -> priceStep);
    }

    private int concessionsLeft(NegotiationState state) {
        return policy.maxConcessions() - state.concessions().size();
    }

    private List<Turn.Offer> offers(NegotiationState state) {
        return List.of(new Turn.Offer(policy.productId(), state.offerPrice(policy), 1));
    }

    private static Turn.Reply reply(String text, List<String> quickReplies) {
        return new Turn.Reply(text, quickReplies);
    }
}
