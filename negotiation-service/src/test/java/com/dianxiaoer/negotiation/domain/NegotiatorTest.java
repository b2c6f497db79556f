package com.dianxiaoer.negotiation.domain;

import static com.dianxiaoer.negotiation.domain.Policies.BACKPACK;
import static com.dianxiaoer.negotiation.domain.Policies.CATALOGUE;
import static com.dianxiaoer.negotiation.domain.Policies.COAT_TAOBAO;
import static com.dianxiaoer.negotiation.domain.Policies.COAT_TMALL;
import static com.dianxiaoer.negotiation.domain.Policies.DOWN_JACKET;
import static com.dianxiaoer.negotiation.domain.Policies.TEE;
import static com.dianxiaoer.negotiation.domain.Policies.WOOL_SCARF;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class NegotiatorTest {
    private static final BargainingStyle STYLE = BargainingStyle.DEFAULT;

    private static CustomerMove say(String text, PricePolicy policy, CustomerMove.Entity... entities) {
        return CustomerMove.read(text, "bargain", List.of(entities), policy.listPrice());
    }

    private static CustomerMove offer(int price, PricePolicy policy) {
        return say(price + "卖不卖", policy, new CustomerMove.Entity("amount", Integer.toString(price)));
    }

    private static String text(Turn turn) {
        return turn.replies().get(0).text();
    }

    /** Plays the messages in order; returns every turn. */
    private static List<Turn> play(Negotiator n, PricePolicy policy, CustomerMove... moves) {
        List<Turn> turns = new ArrayList<>();
        NegotiationState state = NegotiationState.start(policy.productId());
        for (CustomerMove move : moves) {
            Turn turn = n.respond(state, move);
            turns.add(turn);
            state = turn.state();
        }
        return turns;
    }

    @Test
    void theTierPriceSaidBackAfterALowerTotalIsADeal() {
        Negotiator n = new Negotiator(WOOL_SCARF, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                WOOL_SCARF,
                say(
                        "两条一起290卖不卖",
                        WOOL_SCARF,
                        new CustomerMove.Entity("quantity", "2"),
                        new CustomerMove.Entity("amount", "290")),
                say("行吧 298就298", WOOL_SCARF, new CustomerMove.Entity("amount", "298")));
        assertThat(turns.get(0).deal()).isNull();
        assertThat(turns.get(1).deal()).isNotNull();
        assertThat(turns.get(1).deal().unitPrice()).isEqualByComparingTo("149");
        assertThat(text(turns.get(1))).contains("¥298");
    }

    @Test
    void aQuestionAboutFreeShippingIsAnsweredWithThePromotionsNotThePriceLine() {
        Turn t = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE)
                .respond(NegotiationState.start(COAT_TAOBAO.productId()), say("包邮吗", COAT_TAOBAO));
        assertThat(t.state().concessions()).isEmpty();
        assertThat(text(t)).contains("包邮", "¥899");
    }

    @Test
    void theValueAndWhatThePromotionsMakeThePriceThenShrinkingStepsThenTheSupervisorsLastOffer() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("太贵了", COAT_TAOBAO),
                say("便宜点吧", COAT_TAOBAO),
                say("再便宜点", COAT_TAOBAO),
                say("还是贵", COAT_TAOBAO));
        assertThat(text(turns.get(0))).contains("满299减30", "新客券", "到手¥859");
        assertThat(turns.get(0).state().concessions()).isEmpty();

        BigDecimal first = turns.get(1).state().offerPrice(COAT_TAOBAO);
        BigDecimal second = turns.get(2).state().offerPrice(COAT_TAOBAO);
        assertThat(first).isLessThan(new BigDecimal("899"));
        assertThat(second).isLessThan(first);
        assertThat(first.subtract(second))
                .as("each step smaller than the one before")
                .isLessThan(new BigDecimal("899").subtract(first));
        assertThat(text(turns.get(1))).contains(Yuan.of(first));

        Turn supervisor = turns.get(3);
        assertThat(new BigDecimal("869"))
                .as("the supervisor's step is the smallest")
                .isGreaterThan(second.subtract(first.subtract(second)));
        assertThat(text(supervisor)).contains("帮您算");
        assertThat(supervisor.delayed().text()).contains("¥869", "最低价", "羊毛围巾小样", "到手¥829");
        assertThat(supervisor.state().offerPrice(COAT_TAOBAO)).isEqualByComparingTo("869");
        assertThat(supervisor.state().lowest()).isEqualByComparingTo("869");
    }

    @Test
    void aNamedPriceIsHeardCounteredBetweenTheTwoAndMetWhenItReachesTheNextConcession() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        Turn counter = n.respond(NegotiationState.start("wool-coat"), offer(874, COAT_TAOBAO));
        assertThat(counter.deal()).isNull();
        BigDecimal ours = counter.state().offerPrice(COAT_TAOBAO);
        assertThat(ours).isGreaterThan(new BigDecimal("874")).isLessThan(new BigDecimal("899"));
        assertThat(text(counter)).contains("874", Yuan.of(ours));
        assertThat(counter.state().theirs()).isEqualByComparingTo("874");

        Turn met = n.respond(counter.state(), offer(880, COAT_TAOBAO));
        assertThat(met.deal())
                .as("¥880 is no less than what the bot would concede next")
                .isNotNull();
        assertThat(met.deal().unitPrice()).isEqualByComparingTo("880");
        assertThat(met.deal().payable()).isEqualByComparingTo("840");
    }

    @Test
    void anOfferAboveTheLastOfferIsTakenAtTheLastOffer() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("太贵了", COAT_TAOBAO),
                say("便宜点", COAT_TAOBAO),
                say("再便宜点", COAT_TAOBAO),
                say("还是贵", COAT_TAOBAO),
                offer(874, COAT_TAOBAO));
        assertThat(turns.get(4).deal().unitPrice()).isEqualByComparingTo("869");
    }

    @Test
    void onceAPriceWasCalledTheLowestNothingLowerIsOfferedOrAccepted() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("太贵了", COAT_TAOBAO),
                say("便宜点", COAT_TAOBAO),
                say("再便宜点", COAT_TAOBAO),
                say("还是贵", COAT_TAOBAO),
                say("850行不行", COAT_TAOBAO, new CustomerMove.Entity("amount", "850")),
                say("再便宜点", COAT_TAOBAO),
                say("算了不买了", COAT_TAOBAO),
                offer(850, COAT_TAOBAO));
        for (Turn turn : turns.subList(4, turns.size())) {
            assertThat(turn.deal()).isNull();
            assertThat(turn.offers())
                    .filteredOn(o -> o.productId().equals("wool-coat"))
                    .allSatisfy(o -> assertThat(o.unitPrice()).isGreaterThanOrEqualTo(new BigDecimal("869")));
        }
        assertThat(turns.get(6).endedReason())
                .as("the supervisor was asked already: let go")
                .isEqualTo("customer_left");
        assertThat(turns.get(7).state().offerPrice(COAT_TAOBAO))
                .as("coming back does not undo the lowest")
                .isEqualByComparingTo("869");
    }

    @Test
    void theSameSentenceIsNeverSentTwiceInARow() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                offer(806, COAT_TAOBAO),
                offer(806, COAT_TAOBAO),
                offer(806, COAT_TAOBAO),
                offer(806, COAT_TAOBAO),
                offer(806, COAT_TAOBAO),
                offer(806, COAT_TAOBAO),
                offer(806, COAT_TAOBAO));
        List<String> sent = new ArrayList<>();
        turns.forEach(t -> {
            t.replies().forEach(r -> sent.add(r.text()));
            if (t.delayed() != null) {
                sent.add(t.delayed().text());
            }
        });
        for (int i = 1; i < sent.size(); i++) {
            assertThat(sent.get(i)).isNotEqualTo(sent.get(i - 1));
        }
        assertThat(turns).allSatisfy(t -> assertThat(t.deal()).isNull());
    }

    @Test
    void theFloorHoldsForWhatTheShopperPaysAfterThePromotions() {
        Negotiator n = new Negotiator(DOWN_JACKET, STYLE, CATALOGUE);
        assertThat(DOWN_JACKET.lowestPrice(1))
                .as("¥459 less 30 and 10 is already the floor")
                .isEqualByComparingTo("459");
        List<Turn> turns = play(
                n,
                DOWN_JACKET,
                say("太贵了", DOWN_JACKET),
                say("便宜点", DOWN_JACKET),
                offer(439, DOWN_JACKET),
                say("再便宜点", DOWN_JACKET),
                say("还是贵", DOWN_JACKET),
                say("好的", DOWN_JACKET));
        turns.forEach(t -> assertThat(t.offers())
                .filteredOn(o -> o.productId().equals("down-jacket"))
                .allSatisfy(o -> assertThat(o.payable()).isGreaterThanOrEqualTo(new BigDecimal("419"))));
        Turn.Deal deal = turns.get(5).deal();
        assertThat(deal.unitPrice()).isEqualByComparingTo("459");
        assertThat(deal.payable()).isEqualByComparingTo("419");
        assertThat(deal.gifts()).as("what the budget can still give").containsExactly("羽绒服收纳袋");
    }

    @Test
    void aLowerPriceNeverPushesTheShopperUnderAThresholdTheyHadReached() {
        assertThat(BACKPACK.lowestPrice(1)).isEqualByComparingTo("299");
        Turn turn = new Negotiator(BACKPACK, STYLE, CATALOGUE)
                .respond(NegotiationState.start("backpack"), offer(289, BACKPACK));
        assertThat(turn.deal().unitPrice())
                .as("at ¥299 the spend-save makes it ¥269, less than ¥289")
                .isEqualByComparingTo("299");
        assertThat(turn.deal().payable()).isEqualByComparingTo("269");
        assertThat(text(turn)).contains("到手¥269");
    }

    @Test
    void promotionsThatAloneBreakTheFloorAreRefused() {
        PricePolicy oldBackpack = new PricePolicy(
                "demo",
                "backpack",
                "防泼水通勤双肩包",
                new BigDecimal("299"),
                new BigDecimal("279"),
                PricePolicy.PlatformMode.adjustable,
                List.of(),
                null,
                BACKPACK.spendSaves(),
                List.of(),
                List.of());
        assertThat(oldBackpack.problems()).anyMatch(p -> p.contains("promotions alone") && p.contains("269"));
        PricePolicy oldJeans = new PricePolicy(
                "demo",
                "jeans",
                "直筒弹力牛仔裤",
                new BigDecimal("259"),
                new BigDecimal("239"),
                PricePolicy.PlatformMode.adjustable,
                List.of(),
                null,
                BACKPACK.spendSaves(),
                List.of(),
                List.of(new PricePolicy.QuantityTier(2, new BigDecimal("249"))));
        assertThat(oldJeans.problems()).anyMatch(p -> p.contains("2 items") && p.contains("468"));
    }

    @Test
    void theKindOfBargainerAndTheirLastOfferAreRemembered() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns =
                play(n, COAT_TAOBAO, say("我是学生没什么钱", COAT_TAOBAO), offer(800, COAT_TAOBAO), say("便宜点嘛", COAT_TAOBAO));
        assertThat(turns.get(2).state().bargainer()).isEqualTo(BargainerType.sympathy);
        assertThat(turns.get(2).state().theirs()).isEqualByComparingTo("800");
        assertThat(text(turns.get(0))).contains("轻薄白鸭绒羽绒服（¥459）").doesNotContain("连帽加厚派克服");
    }

    @Test
    void eachKindOfBargainerHearsItsOwnLineAndNothingTheShopNeverSetUp() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        NegotiationState start = NegotiationState.start("wool-coat");
        assertThat(text(n.respond(start, say("第一次买便宜点，下次带朋友来", COAT_TAOBAO))))
                .contains("实在")
                .doesNotContain("会员", "记着", "都一样");
        assertThat(text(n.respond(start, say("别家才卖700", COAT_TAOBAO))))
                .contains("做工")
                .doesNotContain("线上线下同价", "授权");
        assertThat(text(n.respond(start, say("不便宜就不买了，买十件能便宜吗", COAT_TAOBAO)))).contains("多件优惠");
        assertThat(text(n.respond(start, say("我预算只有这么多", COAT_TAOBAO)))).contains("预算");
        assertThat(text(n.respond(start, say("抹个零头呗", COAT_TAOBAO)))).contains("实");
        assertThat(text(n.respond(start, say("都挺好的就是价格有点贵", COAT_TAOBAO)))).contains("到手¥859");
    }

    @Test
    void aBargainHunterIsGivenATokenBeforeAnyPrice() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(n, COAT_TAOBAO, say("抹个零头呗", COAT_TAOBAO), say("再少点呗", COAT_TAOBAO));
        assertThat(turns.get(1).state().concessions()).containsExactly(Concession.gift("羊毛围巾小样"));
        assertThat(turns.get(1).state().offerPrice(COAT_TAOBAO)).isEqualByComparingTo("899");
        assertThat(turns.get(1).state().giftSpent()).isEqualByComparingTo("15");
    }

    @Test
    void aTmallShopNeverMovesThePriceButGivesWhatTheBudgetAllows() {
        Negotiator n = new Negotiator(COAT_TMALL, STYLE, CATALOGUE);
        NegotiationState state = NegotiationState.start("wool-coat");
        String first = null;
        for (int i = 0; i < 7; i++) {
            Turn turn = n.respond(state, say("便宜100吧", COAT_TMALL, new CustomerMove.Entity("discount", "100")));
            first = first == null ? text(turn) : first;
            state = turn.state();
            assertThat(turn.offers())
                    .filteredOn(o -> o.productId().equals("wool-coat"))
                    .allSatisfy(o -> assertThat(o.unitPrice()).isEqualByComparingTo("899"));
        }
        assertThat(first).contains("天猫");
        assertThat(state.concessions()).containsExactly(Concession.gift("衣物护理包"), Concession.freeShipping());
        assertThat(state.giftSpent()).isEqualByComparingTo("24");
    }

    @Test
    void aShopTunesHowFirmlyHowLongAndHowMuchToGive() {
        BargainingStyle firm = new BargainingStyle(BigDecimal.ONE, 3, BigDecimal.ZERO);
        BargainingStyle soft = new BargainingStyle(BigDecimal.ZERO, 3, BigDecimal.ZERO);
        List<Turn> firmly = play(
                new Negotiator(COAT_TAOBAO, firm, CATALOGUE),
                COAT_TAOBAO,
                say("太贵了", COAT_TAOBAO),
                say("便宜点", COAT_TAOBAO),
                say("再便宜点", COAT_TAOBAO),
                say("还是贵", COAT_TAOBAO));
        List<Turn> softly = play(
                new Negotiator(COAT_TAOBAO, soft, CATALOGUE),
                COAT_TAOBAO,
                say("太贵了", COAT_TAOBAO),
                say("便宜点", COAT_TAOBAO));
        assertThat(firmly.get(1).state().offerPrice(COAT_TAOBAO))
                .as("a firmer shop gives less at first")
                .isGreaterThan(softly.get(1).state().offerPrice(COAT_TAOBAO));
        assertThat(firmly.get(3).delayed().text()).contains("¥869").doesNotContain("羊毛围巾小样");
        assertThat(firmly)
                .allSatisfy(
                        t -> assertThat(t.state().gifts()).as("no gift budget").isEmpty());

        BargainingStyle quick = new BargainingStyle(new BigDecimal("0.5"), 1, new BigDecimal("30"));
        Turn second = play(
                        new Negotiator(COAT_TAOBAO, quick, CATALOGUE),
                        COAT_TAOBAO,
                        say("太贵了", COAT_TAOBAO),
                        say("便宜点", COAT_TAOBAO))
                .get(1);
        assertThat(second.delayed().text()).contains("¥869");

        assertThat(new BargainingStyle(new BigDecimal("1.5"), 0, new BigDecimal("-1")).problems())
                .containsExactly(
                        "aspiration must be between 0 and 1",
                        "rounds must be between 1 and 6",
                        "giftBudget must be between 0 and 10000");
        assertThat(BargainingStyle.DEFAULT.problems()).isEmpty();
    }

    @Test
    void theShoppersOwnOfferIsRememberedAndTakenBeforeConcedingUnderIt() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("870行不行", COAT_TAOBAO, new CustomerMove.Entity("amount", "870")),
                say("太贵了", COAT_TAOBAO),
                say("还是贵", COAT_TAOBAO),
                say("再便宜点", COAT_TAOBAO));
        Turn.Deal deal = turns.stream()
                .map(Turn::deal)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
        assertThat(deal.unitPrice()).as("never under the shopper's own ¥870").isEqualByComparingTo("870");

        Turn leaving = n.respond(
                NegotiationState.start("wool-coat"),
                say("880不行就算了", COAT_TAOBAO, new CustomerMove.Entity("amount", "880")));
        assertThat(leaving.endedReason()).as("a price and a threat is an offer").isNull();
        assertThat(leaving.state().theirs()).isEqualByComparingTo("880");
    }

    @Test
    void theAmountTheBotSaidTheShopperPaysSaidBackIsAYes() {
        Turn turn = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE)
                .respond(NegotiationState.start("wool-coat"), offer(859, COAT_TAOBAO));
        assertThat(turn.deal().unitPrice()).isEqualByComparingTo("899");
        assertThat(turn.deal().payable()).isEqualByComparingTo("859");
    }

    @Test
    void comingBackOrChangingTheQuantityKeepsWhatWasOfferedAndGiven() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("抹个零头呗", COAT_TAOBAO),
                say("再少点呗", COAT_TAOBAO),
                offer(880, COAT_TAOBAO),
                say("算了不买了", COAT_TAOBAO),
                say("还能便宜吗", COAT_TAOBAO));
        assertThat(turns.get(2).deal().unitPrice()).isEqualByComparingTo("880");
        assertThat(turns.get(4).state().offerPrice(COAT_TAOBAO))
                .as("back after leaving: the price does not go up")
                .isLessThanOrEqualTo(new BigDecimal("880"));
        assertThat(turns.get(4).state().gifts()).as("and the gift stays won").containsExactly("羊毛围巾小样");

        Negotiator tees = new Negotiator(TEE, STYLE, CATALOGUE);
        List<Turn> tee = play(
                tees,
                TEE,
                say("太贵了", TEE),
                say("便宜点", TEE),
                say("两件多少钱", TEE, new CustomerMove.Entity("quantity", "2")),
                say("我就买一件", TEE, new CustomerMove.Entity("quantity", "1")));
        BigDecimal single = tee.get(1).state().offerPrice(TEE);
        assertThat(single).isLessThan(new BigDecimal("99"));
        assertThat(tee.get(2).state().offerPrice(TEE))
                .as("two never cost more each than one")
                .isLessThanOrEqualTo(single);
        assertThat(tee.get(3).state().quantity()).isEqualTo(1);
    }

    @Test
    void aDiscountOnTheWholeOrderIsSharedOut() {
        assertThat(say(
                                "两件一起便宜100",
                                COAT_TAOBAO,
                                new CustomerMove.Entity("quantity", "2"),
                                new CustomerMove.Entity("discount", "100"))
                        .targetUnitPrice())
                .isEqualByComparingTo("849");
    }

    @Test
    void aLowerPriceNeverLosesTheFreeShippingTheShopperHad() {
        PricePolicy silk = new PricePolicy(
                "demo",
                "silk-scarf",
                "桑蚕丝印花丝巾",
                new BigDecimal("199"),
                new BigDecimal("189"),
                PricePolicy.PlatformMode.adjustable,
                List.of(),
                new PricePolicy.Shipping(new BigDecimal("8"), new BigDecimal("199"), true),
                List.of(),
                List.of(),
                List.of());
        assertThat(silk.lowestPrice(1)).isEqualByComparingTo("199");
    }

    @Test
    void aSoldOutProductIsNotSoldButOthersAreShown() {
        PricePolicy parka = new PricePolicy(
                "demo",
                "parka",
                "连帽加厚派克服",
                new BigDecimal("529"),
                new BigDecimal("489"),
                PricePolicy.PlatformMode.adjustable,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
        Negotiator n = new Negotiator(parka, STYLE, CATALOGUE);
        List<Turn> turns = play(n, parka, say("便宜点", parka), say("好的", parka));
        assertThat(turns).allSatisfy(t -> assertThat(t.deal()).isNull());
        assertThat(text(turns.get(0)))
                .containsAnyOf("卖完了", "没货了")
                .contains("轻薄白鸭绒羽绒服")
                .doesNotContain("补货后");
    }

    @Test
    void aShopperAboutToLeaveIsAskedToWaitForTheSupervisorOnce() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns =
                play(n, COAT_TAOBAO, say("太贵了", COAT_TAOBAO), say("算了不买了", COAT_TAOBAO), say("算了不买了", COAT_TAOBAO));
        assertThat(turns.get(1).endedReason()).isNull();
        assertThat(turns.get(1).delayed().text()).contains("¥869", "最低价");
        assertThat(turns.get(2).endedReason()).isEqualTo("customer_left");

        Turn atOnce =
                new Negotiator(TEE, STYLE, CATALOGUE).respond(NegotiationState.start("cotton-tee"), say("算了不买了", TEE));
        assertThat(atOnce.endedReason()).isEqualTo("customer_left");
        assertThat(text(atOnce)).contains("随时");
    }

    @Test
    void aYesIsADealWithTheGiftsWonAndAYesAfterItIsNotASecondDeal() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("抹个零头呗", COAT_TAOBAO),
                say("再少点呗", COAT_TAOBAO),
                say("好的", COAT_TAOBAO),
                say("好的，就这个价", COAT_TAOBAO),
                say("再便宜点", COAT_TAOBAO));
        assertThat(turns.get(2).deal())
                .isEqualTo(new Turn.Deal(
                        "wool-coat",
                        "羊毛双面呢大衣",
                        1,
                        new BigDecimal("899"),
                        new BigDecimal("859"),
                        List.of("羊毛围巾小样"),
                        true));
        assertThat(text(turns.get(2))).contains("¥899", "羊毛围巾小样", "到手¥859", "拍下");
        assertThat(turns.get(3).deal()).isNull();
        assertThat(turns.get(4).deal()).isNull();
        assertThat(text(turns.get(4))).contains("¥899").doesNotContain(text(turns.get(3)));
        assertThat(turns.get(4).state().concessions())
                .isEqualTo(turns.get(2).state().concessions());
    }

    @Test
    void twoAtOnceAreAnsweredFromTheTiersAndATotalOfferIsReadAsATotal() {
        Turn two = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE)
                .respond(
                        NegotiationState.start("wool-coat"),
                        say("两件多少钱", COAT_TAOBAO, new CustomerMove.Entity("quantity", "2")));
        assertThat(text(two)).contains("每件¥859", "共¥1718", "到手¥1678");

        Turn scarves = new Negotiator(WOOL_SCARF, STYLE, CATALOGUE)
                .respond(
                        NegotiationState.start("wool-scarf"),
                        say(
                                "两条一起290卖不卖",
                                WOOL_SCARF,
                                new CustomerMove.Entity("quantity", "2"),
                                new CustomerMove.Entity("amount", "290")));
        assertThat(scarves.deal()).as("¥290 for two is under the floor").isNull();
        assertThat(text(scarves)).contains("每件¥149", "共¥298").doesNotContain("¥318");
        Turn total = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE).respond(two.state(), offer(1700, COAT_TAOBAO));
        assertThat(total.state().theirs())
                .as("a price over the list price, after asking about two, is for both")
                .isEqualByComparingTo("850");
        assertThat(total.deal().quantity()).isEqualTo(2);
        assertThat(total.deal().unitPrice())
                .as("close enough to the next step to meet")
                .isEqualByComparingTo("850");
        Turn yes = new Negotiator(WOOL_SCARF, STYLE, CATALOGUE).respond(scarves.state(), say("好的", WOOL_SCARF));
        assertThat(yes.deal().quantity()).isEqualTo(2);
        assertThat(yes.deal().unitPrice()).isEqualByComparingTo("149");
    }

    @Test
    void askedForCheaperItemsItShowsCheaperOnesInStock() {
        Turn turn = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE)
                .respond(NegotiationState.start("wool-coat"), say("看看便宜点的款", COAT_TAOBAO));
        assertThat(text(turn)).contains("轻薄白鸭绒羽绒服（¥459）", "新疆长绒棉T恤（¥99）").doesNotContain("连帽加厚派克服", "羊毛双面呢大衣");
        assertThat(turn.replies().get(0).quickReplies()).containsExactly("轻薄白鸭绒羽绒服", "新疆长绒棉T恤");
        assertThat(turn.state().round()).as("not a push").isZero();
    }

    @Test
    void fillerNeitherClosesADealNorWinsAConcession() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        List<Turn> turns = play(
                n,
                COAT_TAOBAO,
                say("太贵了", COAT_TAOBAO),
                say("便宜点", COAT_TAOBAO),
                say("嗯", COAT_TAOBAO),
                say("嗯", COAT_TAOBAO));
        assertThat(turns.subList(2, 4)).allSatisfy(t -> {
            assertThat(t.deal()).isNull();
            assertThat(t.state().round()).isEqualTo(2);
            assertThat(t.state().offerPrice(COAT_TAOBAO))
                    .isEqualByComparingTo(turns.get(1).state().offerPrice(COAT_TAOBAO));
        });
        assertThat(text(turns.get(2))).contains("¥884").isNotEqualTo(text(turns.get(3)));
        Turn yes = n.respond(turns.get(3).state(), say("行 成交", COAT_TAOBAO));
        assertThat(yes.deal().unitPrice()).isEqualByComparingTo("884");
    }

    @Test
    void readsCountersInEveryForm() {
        assertThat(say("便宜20", TEE, new CustomerMove.Entity("discount", "20")).targetUnitPrice())
                .isEqualByComparingTo("79");
        assertThat(say("打个八折", TEE, new CustomerMove.Entity("ratio", "8")).targetUnitPrice())
                .isEqualByComparingTo("79.2");
        assertThat(say("85折", TEE, new CustomerMove.Entity("ratio", "85")).targetUnitPrice())
                .isEqualByComparingTo("84.15");
        assertThat(say(
                                "十件 每件80 行就拍",
                                TEE,
                                new CustomerMove.Entity("quantity", "10"),
                                new CustomerMove.Entity("amount", "80"))
                        .targetUnitPrice())
                .isEqualByComparingTo("80");
        assertThat(say(
                                "两件一起150",
                                TEE,
                                new CustomerMove.Entity("quantity", "2"),
                                new CustomerMove.Entity("amount", "150"))
                        .targetUnitPrice())
                .isEqualByComparingTo("75");
        assertThat(say("好的", TEE).kind()).isEqualTo(CustomerMove.Kind.accept);
        assertThat(say("行 成交", TEE).kind()).isEqualTo(CustomerMove.Kind.accept);
        assertThat(say("ok 拍了", TEE).kind()).isEqualTo(CustomerMove.Kind.accept);
        assertThat(say("嗯", TEE).kind()).as("filler is not a yes").isEqualTo(CustomerMove.Kind.filler);
        assertThat(say("哦", TEE).kind()).isEqualTo(CustomerMove.Kind.filler);
        assertThat(say("好的，再便宜点", TEE).kind()).isEqualTo(CustomerMove.Kind.bargain);
        assertThat(say("我再想想", TEE).kind()).isEqualTo(CustomerMove.Kind.walk_away);
        assertThat(say("有没有便宜点的款", TEE).kind()).isEqualTo(CustomerMove.Kind.cheaper_items);
    }

    @Test
    void everyReplyAddressesTheCustomerPolitely() {
        Negotiator n = new Negotiator(COAT_TAOBAO, STYLE, CATALOGUE);
        NegotiationState state = NegotiationState.start("wool-coat");
        for (String push : List.of("太贵了", "有什么活动", "100卖不卖", "便宜点", "再便宜", "还是贵", "好的")) {
            Turn turn = n.respond(
                    state,
                    say(push, COAT_TAOBAO, new CustomerMove.Entity("amount", push.startsWith("100") ? "100" : "0")));
            turn.replies().forEach(r -> assertThat(r.text()).contains("亲").doesNotContain("不能", "不可以"));
            state = turn.state();
        }
    }

    @Test
    void aPolicyThatBreaksItsOwnRulesIsRefused() {
        PricePolicy belowFloorTier = new PricePolicy(
                "demo",
                "x",
                "x",
                new BigDecimal("100"),
                new BigDecimal("90"),
                PricePolicy.PlatformMode.adjustable,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(new PricePolicy.QuantityTier(2, new BigDecimal("80"))));
        assertThat(belowFloorTier.problems()).anyMatch(p -> p.contains("quantity tier"));
        PricePolicy floorAboveList = new PricePolicy(
                "demo",
                "x",
                "x",
                new BigDecimal("100"),
                new BigDecimal("120"),
                PricePolicy.PlatformMode.fixed,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
        assertThat(floorAboveList.problems()).contains("floorPrice must not be above listPrice");
        assertThat(List.of(COAT_TAOBAO, COAT_TMALL, DOWN_JACKET, BACKPACK, WOOL_SCARF, TEE))
                .allSatisfy(p -> assertThat(p.problems()).isEmpty());
    }
}
