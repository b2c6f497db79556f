package com.dianxiaoer.negotiation.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random bargaining conversations against random valid policies. Whatever the customer says,
 * no reply text, quick reply, offer or deal names a price below the floor, and nothing is conceded that the
 * policy does not allow.
 */
class PriceFloorPropertyTest {
    private static final Pattern PRICE = Pattern.compile("¥(\\d+(?:\\.\\d+)?)");
    private static final List<String> PUSHES = List.of("太贵了", "便宜点", "再便宜点吧", "别家更便宜", "第一次买便宜点下次还来",
            "学生没钱", "预算只有这么多", "不便宜就不买了", "抹个零头", "有什么活动", "好的", "算了不买了", "能包邮吗",
            "卖不卖", "行不行", "两件一起多少钱", "打个折吧", "嗯");

    @Property(tries = 2000)
    void noPriceBelowTheFloorAndNoConcessionOutsideThePolicy(@ForAll("policies") PricePolicy policy,
                                                               @ForAll("conversations") List<Push> conversation) {
        PricePolicy cheap = new PricePolicy(policy.shopId(), "cheap", "平价款", policy.floorPrice().multiply(new BigDecimal("0.5"))
                .setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ONE), BigDecimal.ONE, PricePolicy.PlatformMode.fixed,
                BigDecimal.ZERO, 0, List.of(), null, List.of(), List.of(), List.of());
        Negotiator negotiator = new Negotiator(policy, List.of(policy, cheap));
        NegotiationState state = NegotiationState.start(policy.productId());
        for (Push push : conversation) {
            Turn turn = negotiator.respond(state, push.toMove(policy));
            checkOffers(policy, cheap, turn);
            checkConcessions(policy, turn.state());
            if (turn.deal() != null) {
                assertThat(turn.deal().unitPrice()).isGreaterThanOrEqualTo(policy.floorPrice());
                assertThat(turn.deal().gifts()).isSubsetOf(policy.gifts().stream().filter(g -> g.stock() > 0).map(PricePolicy.Gift::name).toList());
            }
            state = turn.state();
        }
    }

    private static void checkOffers(PricePolicy policy, PricePolicy cheap, Turn turn) {
        List<BigDecimal> allowed = new ArrayList<>();
        for (Turn.Offer offer : turn.offers()) {
            PricePolicy of = offer.productId().equals(policy.productId()) ? policy : cheap;
            assertThat(offer.unitPrice()).as("offer for %s", offer.productId()).isGreaterThanOrEqualTo(of.floorPrice());
            allowed.add(offer.unitPrice());
            allowed.add(offer.unitPrice().multiply(BigDecimal.valueOf(offer.quantity())));
        }
        List<String> texts = new ArrayList<>();
        turn.replies().forEach(r -> { texts.add(r.text()); texts.addAll(r.quickReplies()); });
        if (turn.delayed() != null) {
            texts.add(turn.delayed().text());
            texts.addAll(turn.delayed().quickReplies());
        }
        for (String text : texts) {
            Matcher m = PRICE.matcher(text);
            while (m.find()) {
                BigDecimal named = new BigDecimal(m.group(1));
                assertThat(allowed).as("every price a reply names is an offer checked against its floor: %s", text)
                        .anySatisfy(a -> assertThat(a).isEqualByComparingTo(named));
            }
        }
    }

    private static void checkConcessions(PricePolicy policy, NegotiationState state) {
        assertThat(state.concessions().size()).isLessThanOrEqualTo(policy.maxConcessions());
        assertThat(state.offerPrice(policy)).isGreaterThanOrEqualTo(policy.floorPrice());
        for (Concession c : state.concessions()) {
            switch (c.kind()) {
                case gift -> assertThat(policy.gifts()).anyMatch(g -> g.name().equals(c.gift()) && g.stock() > 0);
                case free_shipping -> assertThat(policy.shipping() != null && policy.shipping().waivable()).isTrue();
                case price -> {
                    assertThat(policy.mode()).isEqualTo(PricePolicy.PlatformMode.adjustable);
                    assertThat(c.unitPrice()).isGreaterThanOrEqualTo(policy.floorPrice());
                }
            }
        }
        assertThat(state.priceSteps()).isLessThanOrEqualTo(PricePolicy.MAX_PRICE_STEPS);
    }

    /** A customer message: one of the pushes, maybe with a price, a discount, a ratio or a quantity. */
    record Push(String text, String entityType, int value) {
        CustomerMove toMove(PricePolicy policy) {
            List<CustomerMove.Entity> entities = entityType == null ? List.of() : List.of(new CustomerMove.Entity(entityType, Integer.toString(value)));
            return CustomerMove.read(text, text.contains("活动") ? "promotion" : "bargain", entities, policy.listPrice());
        }
    }

    @Provide
    Arbitrary<List<Push>> conversations() {
        Arbitrary<Push> push = Combinators.combine(
                Arbitraries.of(PUSHES),
                Arbitraries.of("amount", "discount", "ratio", "quantity").injectNull(0.4),
                Arbitraries.integers().between(1, 3000)).as((text, type, value) -> new Push(text,
                        type, "ratio".equals(type) ? 1 + value % 99 : "quantity".equals(type) ? 1 + value % 6 : value));
        return push.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<PricePolicy> policies() {
        Arbitrary<Integer> list = Arbitraries.integers().between(10, 3000);
        return list.flatMap(listPrice -> Arbitraries.integers().between(listPrice / 2, listPrice).flatMap(floor ->
                Combinators.combine(
                        Arbitraries.of(PricePolicy.PlatformMode.values()),
                        Arbitraries.integers().between(1, Math.max(1, listPrice - floor)),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(floor, listPrice),
                        Arbitraries.integers().between(0, 2)
                ).as((mode, step, maxConcessions, giftStock, waivable, tierPrice, tierCount) -> {
                    BigDecimal lp = BigDecimal.valueOf(listPrice);
                    PricePolicy p = new PricePolicy("shop", "item", "测试商品", lp, BigDecimal.valueOf(floor), mode,
                            BigDecimal.valueOf(step), maxConcessions,
                            List.of(new PricePolicy.Gift("小礼物", giftStock), new PricePolicy.Gift("缺货礼物", 0)),
                            new PricePolicy.Shipping(BigDecimal.TEN, lp.multiply(BigDecimal.valueOf(2)), waivable),
                            List.of(new PricePolicy.SpendSave(lp, BigDecimal.ONE)), List.of(),
                            tierCount == 0 ? List.of() : List.of(new PricePolicy.QuantityTier(1 + tierCount, BigDecimal.valueOf(tierPrice))));
                    assertThat(p.problems()).isEmpty();
                    return p;
                })));
    }
}
