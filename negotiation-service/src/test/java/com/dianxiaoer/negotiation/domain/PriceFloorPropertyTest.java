package com.dianxiaoer.negotiation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Thousands of random bargaining conversations against random valid policies and styles. Whatever the shopper
 * says, no reply names a price that makes the amount paid, after every promotion, fall under the floor, nor does
 * any deal; once a price was called the lowest nothing lower follows; gifts stay within the stock and the budget;
 * and no sentence is sent twice in a row.
 */
class PriceFloorPropertyTest {
    private static final Pattern PRICE = Pattern.compile("¥(\\d+(?:\\.\\d+)?)");
    private static final List<String> PUSHES = List.of(
            "太贵了",
            "便宜点",
            "再便宜点吧",
            "别家更便宜",
            "第一次买便宜点下次还来",
            "学生没钱",
            "预算只有这么多",
            "不便宜就不买了",
            "抹个零头",
            "有什么活动",
            "好的",
            "算了不买了",
            "能包邮吗",
            "卖不卖",
            "行不行",
            "两件一起多少钱",
            "打个折吧",
            "嗯",
            "看看便宜点的款",
            "两件一起卖不卖");
    private static final ShopItem CHEAP = new ShopItem("cheap", "平价款", new BigDecimal("9"), 5);

    @Property(tries = 8000, edgeCases = EdgeCasesMode.NONE)
    void whatTheShopperPaysNeverFallsUnderTheFloor(
            @ForAll("policies") PricePolicy policy,
            @ForAll("styles") BargainingStyle style,
            @ForAll("conversations") List<Push> conversation) {
        Negotiator negotiator = new Negotiator(policy, style, List.of(CHEAP));
        NegotiationState state = NegotiationState.start(policy.productId());
        String lastSent = null;
        for (Push push : conversation) {
            Turn turn = negotiator.respond(state, push.toMove(policy));
            checkOffers(policy, turn);
            for (Turn.Reply r : sent(turn)) {
                assertThat(r.text()).as("the same sentence twice in a row").isNotEqualTo(lastSent);
                lastSent = r.text();
            }
            if (state.lowest() != null) {
                for (Turn.Offer o : turn.offers()) {
                    if (o.productId().equals(policy.productId()) && o.quantity() <= state.lowestQuantity()) {
                        assertThat(o.unitPrice())
                                .as("nothing under the price called the lowest")
                                .isGreaterThanOrEqualTo(state.lowest());
                    }
                }
            }
            if (turn.deal() != null) {
                Turn.Deal deal = turn.deal();
                assertThat(policy.belowFloor(deal.unitPrice(), deal.quantity()))
                        .as("deal %s", deal)
                        .isFalse();
                assertThat(deal.payable()).isEqualByComparingTo(policy.payable(deal.unitPrice(), deal.quantity()));
                assertThat(deal.gifts())
                        .isSubsetOf(policy.gifts().stream()
                                .filter(g -> g.stock() > 0)
                                .map(PricePolicy.Gift::name)
                                .toList());
                if (state.lowest() != null && deal.quantity() <= state.lowestQuantity()) {
                    assertThat(deal.unitPrice()).isGreaterThanOrEqualTo(state.lowest());
                }
            }
            assertThat(turn.state().giftSpent()).isLessThanOrEqualTo(style.giftBudget());
            if (policy.mode() == PricePolicy.PlatformMode.fixed) {
                assertThat(turn.state().offerPrice(policy))
                        .isEqualByComparingTo(policy.startingPrice(turn.state().quantity()));
            }
            state = turn.state();
        }
    }

    private static List<Turn.Reply> sent(Turn turn) {
        List<Turn.Reply> all = new ArrayList<>(turn.replies());
        if (turn.delayed() != null) {
            all.add(turn.delayed());
        }
        return all;
    }

    /** Every offer keeps the floor on what is paid, and every amount a reply writes is an offer's unit, total or payable. */
    private static void checkOffers(PricePolicy policy, Turn turn) {
        List<BigDecimal> allowed = new ArrayList<>();
        for (Turn.Offer offer : turn.offers()) {
            if (offer.productId().equals(policy.productId())) {
                assertThat(policy.belowFloor(offer.unitPrice(), offer.quantity()))
                        .as("offer %s", offer)
                        .isFalse();
                assertThat(offer.payable()).isEqualByComparingTo(policy.payable(offer.unitPrice(), offer.quantity()));
            } else {
                assertThat(offer.unitPrice()).isEqualByComparingTo(CHEAP.listPrice());
            }
            allowed.add(offer.unitPrice());
            allowed.add(offer.total());
            allowed.add(offer.payable());
        }
        for (Turn.Reply reply : sent(turn)) {
            List<String> texts = new ArrayList<>(reply.quickReplies());
            texts.add(reply.text());
            for (String text : texts) {
                Matcher m = PRICE.matcher(text);
                while (m.find()) {
                    BigDecimal named = new BigDecimal(m.group(1));
                    assertThat(allowed)
                            .as("every price a reply names is an offer checked against the floor: %s", text)
                            .anySatisfy(a -> assertThat(a).isEqualByComparingTo(named));
                }
            }
        }
    }

    /** A shopper's message: one of the pushes, maybe with a price, a discount, a ratio or a quantity. */
    record Push(String text, String entityType, int value, int quantity) {
        CustomerMove toMove(PricePolicy policy) {
            List<CustomerMove.Entity> entities = new ArrayList<>();
            if (entityType != null) {
                entities.add(new CustomerMove.Entity(entityType, Integer.toString(value)));
            }
            if (quantity > 1) {
                entities.add(new CustomerMove.Entity("quantity", Integer.toString(quantity)));
            }
            return CustomerMove.read(text, text.contains("活动") ? "promotion" : "bargain", entities, policy.listPrice());
        }
    }

    @Provide
    Arbitrary<List<Push>> conversations() {
        Arbitrary<Push> push = Combinators.combine(
                        Arbitraries.of(PUSHES),
                        Arbitraries.of("amount", "discount", "ratio").injectNull(0.4),
                        Arbitraries.integers().between(1, 3000),
                        Arbitraries.integers().between(1, 4))
                .as((text, type, value, quantity) -> new Push(
                        text, type, "ratio".equals(type) ? 1 + value % 99 : value, quantity <= 2 ? 1 : quantity - 1));
        return push.list().ofMinSize(1).ofMaxSize(14);
    }

    @Provide
    Arbitrary<BargainingStyle> styles() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(0, 60))
                .as((a, r, b) -> new BargainingStyle(BigDecimal.valueOf(a, 2), r, BigDecimal.valueOf(b)));
    }

    @Provide
    Arbitrary<PricePolicy> policies() {
        Arbitrary<Integer> list = Arbitraries.integers().between(10, 3000);
        return list.flatMap(listPrice -> Arbitraries.integers()
                .between(listPrice / 2, listPrice)
                .flatMap(floor -> Combinators.combine(
                                Arbitraries.of(PricePolicy.PlatformMode.values()),
                                Arbitraries.integers().between(0, 3),
                                Arbitraries.integers().between(0, 20),
                                Arbitraries.of(true, false),
                                Arbitraries.integers().between(floor, listPrice),
                                Arbitraries.integers().between(0, 2),
                                Arbitraries.integers().between(0, Math.max(0, listPrice - floor)),
                                Arbitraries.integers().between(listPrice / 2, listPrice * 2))
                        .as((mode, giftStock, giftCost, waivable, tierPrice, tierCount, off, threshold) -> {
                            BigDecimal lp = BigDecimal.valueOf(listPrice);
                            return new PricePolicy(
                                    "shop",
                                    "item",
                                    "测试商品",
                                    lp,
                                    BigDecimal.valueOf(floor),
                                    mode,
                                    List.of(
                                            new PricePolicy.Gift("小礼物", giftStock, BigDecimal.valueOf(giftCost)),
                                            new PricePolicy.Gift("缺货礼物", 0, BigDecimal.ONE)),
                                    new PricePolicy.Shipping(
                                            BigDecimal.TEN, lp.multiply(BigDecimal.valueOf(2)), waivable),
                                    off == 0 || off >= threshold
                                            ? List.of()
                                            : List.of(new PricePolicy.SpendSave(
                                                    BigDecimal.valueOf(threshold), BigDecimal.valueOf(off))),
                                    off % 3 == 0 || off / 3 >= threshold
                                            ? List.of()
                                            : List.of(new PricePolicy.Coupon(
                                                    "券",
                                                    BigDecimal.valueOf(Math.max(1, off / 3)),
                                                    BigDecimal.valueOf(threshold / 2 + 1))),
                                    tierCount == 0
                                            ? List.of()
                                            : List.of(new PricePolicy.QuantityTier(
                                                    1 + tierCount, BigDecimal.valueOf(tierPrice))));
                        }))
                .filter(p -> p.problems().isEmpty()));
    }
}
