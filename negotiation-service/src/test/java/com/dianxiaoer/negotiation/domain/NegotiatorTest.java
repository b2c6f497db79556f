package com.dianxiaoer.negotiation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.dianxiaoer.negotiation.domain.Policies.COAT_TAOBAO;
import static com.dianxiaoer.negotiation.domain.Policies.COAT_TMALL;
import static com.dianxiaoer.negotiation.domain.Policies.TEE;
import static org.assertj.core.api.Assertions.assertThat;

class NegotiatorTest {

    private static CustomerMove say(String text, PricePolicy policy, CustomerMove.Entity... entities) {
        return CustomerMove.read(text, "bargain", List.of(entities), policy.listPrice());
    }

    private static String text(Turn turn) {
        return turn.replies().get(0).text();
    }

    @Test
    void theLadderClimbsOneRungPerPushValueThenPromotionsThenATokenThenTheSupervisor() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of(COAT_TAOBAO, TEE));
        Turn first = n.respond(NegotiationState.start("wool-coat"), say("太贵了", COAT_TAOBAO));
        assertThat(text(first)).contains("品质", "每天不到");
        assertThat(first.state().concessions()).isEmpty();

        Turn second = n.respond(first.state(), say("便宜点吧", COAT_TAOBAO));
        assertThat(text(second)).contains("满299减30", "新客券", "2件起每件¥859");
        assertThat(second.state().concessions()).isEmpty();

        Turn third = n.respond(second.state(), say("再便宜点", COAT_TAOBAO));
        assertThat(text(third)).contains("羊毛围巾小样");
        assertThat(third.state().concessions()).containsExactly(Concession.gift("羊毛围巾小样"));
        assertThat(third.state().offerPrice(COAT_TAOBAO)).isEqualByComparingTo("899");

        Turn fourth = n.respond(third.state(), say("还是贵", COAT_TAOBAO));
        assertThat(text(fourth)).contains("主管");
        assertThat(fourth.delayed().text()).contains("¥869", "最低价");
        assertThat(fourth.state().offerPrice(COAT_TAOBAO)).isEqualByComparingTo("869");

        Turn fifth = n.respond(fourth.state(), say("再便宜点", COAT_TAOBAO));
        assertThat(fifth.delayed()).isNull();
        assertThat(text(fifth)).contains("¥869", "羊毛围巾小样", "最优惠");
        Turn sixth = n.respond(fifth.state(), say("再便宜点", COAT_TAOBAO));
        assertThat(sixth.state().concessions()).as("asking again wins nothing more").isEqualTo(fifth.state().concessions());
    }

    @Test
    void eachKindOfBargainerHearsItsOwnLine() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of());
        NegotiationState start = NegotiationState.start("wool-coat");
        assertThat(text(n.respond(start, say("第一次买便宜点，下次带朋友来", COAT_TAOBAO)))).contains("老顾客");
        assertThat(text(n.respond(start, say("别家才卖700", COAT_TAOBAO)))).contains("正品", "线上线下同价");
        assertThat(text(n.respond(start, say("不便宜就不买了，买十件能便宜吗", COAT_TAOBAO)))).contains("每位顾客都是这个价", "多件优惠");
        assertThat(text(n.respond(start, say("我是学生没什么钱", COAT_TAOBAO)))).contains("理解", "性价比");
        assertThat(text(n.respond(start, say("我预算只有800", COAT_TAOBAO)))).contains("还请您理解");
        assertThat(text(n.respond(start, say("抹个零头呗", COAT_TAOBAO)))).contains("明码实价");
        assertThat(text(n.respond(start, say("都挺好的就是价格有点贵", COAT_TAOBAO)))).contains("品质却陪您很久");
    }

    @Test
    void aTmallShopNeverMovesThePriceButCanGiveAGiftAndShipping() {
        Negotiator n = new Negotiator(COAT_TMALL, List.of());
        NegotiationState state = NegotiationState.start("wool-coat");
        String first = null;
        for (int i = 0; i < 7; i++) {
            Turn turn = n.respond(state, say("便宜100吧", COAT_TMALL, new CustomerMove.Entity("discount", "100")));
            first = first == null ? text(turn) : first;
            state = turn.state();
            assertThat(state.offerPrice(COAT_TMALL)).isEqualByComparingTo("899");
            assertThat(turn.offers()).allSatisfy(o -> assertThat(o.unitPrice()).isEqualByComparingTo("899"));
        }
        assertThat(first).contains("天猫");
        assertThat(state.concessions()).containsExactly(Concession.gift("衣物护理包"), Concession.freeShipping());
    }

    @Test
    void aCounterOfferAtOrAboveThePriceIsADeal() {
        Turn turn = new Negotiator(TEE, List.of()).respond(NegotiationState.start("cotton-tee"),
                say("100卖不卖", TEE, new CustomerMove.Entity("amount", "100")));
        assertThat(turn.deal()).isNotNull();
        assertThat(turn.deal().unitPrice()).isEqualByComparingTo("99");
        assertThat(text(turn)).contains("¥99");
    }

    @Test
    void aFairCounterIsMetOnlyAfterTheCustomerHasPushed() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of());
        CustomerMove counter = say("870行不行", COAT_TAOBAO, new CustomerMove.Entity("amount", "870"));
        Turn early = n.respond(NegotiationState.start("wool-coat"), counter);
        assertThat(early.deal()).as("not on the first ask").isNull();
        NegotiationState state = early.state();
        state = n.respond(state, counter).state();
        Turn third = n.respond(state, counter);
        assertThat(third.deal()).isNotNull();
        assertThat(third.deal().unitPrice()).isEqualByComparingTo("870");
    }

    @Test
    void aCustomerInsistingBelowTheFloorIsShownCheaperItems() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of(COAT_TAOBAO, TEE));
        CustomerMove lowball = say("100块卖不卖", COAT_TAOBAO, new CustomerMove.Entity("amount", "100"));
        NegotiationState state = n.respond(NegotiationState.start("wool-coat"), lowball).state();
        Turn second = n.respond(state, lowball);
        assertThat(second.replies()).hasSize(2);
        assertThat(second.replies().get(1).text()).contains("新疆长绒棉T恤", "¥99").doesNotContain("¥100");
        assertThat(second.replies().get(1).quickReplies()).containsExactly("新疆长绒棉T恤");
    }

    @Test
    void aYesAfterAConcessionIsADealWithTheGiftsAndShipping() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of());
        NegotiationState state = NegotiationState.start("wool-coat");
        for (String push : List.of("贵", "便宜点", "再便宜点")) {
            state = n.respond(state, say(push, COAT_TAOBAO)).state();
        }
        Turn yes = n.respond(state, say("好的", COAT_TAOBAO));
        assertThat(yes.deal()).isEqualTo(new Turn.Deal("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("899"), List.of("羊毛围巾小样"), true));
        assertThat(text(yes)).contains("¥899", "羊毛围巾小样", "包邮", "拍下");
        assertThat(yes.state().status()).isEqualTo(NegotiationState.Status.agreed);
    }

    @Test
    void aDealIsADealAYesAfterItIsNotASecondDealAndAPushDoesNotReopenIt() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of());
        NegotiationState state = NegotiationState.start("wool-coat");
        for (String push : List.of("贵", "便宜点", "再便宜点")) {
            state = n.respond(state, say(push, COAT_TAOBAO)).state();
        }
        Turn deal = n.respond(state, say("869卖不卖", COAT_TAOBAO, new CustomerMove.Entity("amount", "869")));
        assertThat(deal.deal().unitPrice()).isEqualByComparingTo("869");

        Turn yes = n.respond(deal.state(), say("好的，就这个价", COAT_TAOBAO));
        assertThat(yes.deal()).as("no second deal").isNull();
        assertThat(text(yes)).contains("¥869").doesNotContain("¥899");
        Turn push = n.respond(yes.state(), say("再便宜点", COAT_TAOBAO));
        assertThat(push.deal()).isNull();
        assertThat(push.state().concessions()).isEqualTo(deal.state().concessions());
        assertThat(text(push)).contains("¥869");
    }

    @Test
    void aCustomerWhoWalksAwayIsLetGoWarmly() {
        Turn turn = new Negotiator(TEE, List.of()).respond(NegotiationState.start("cotton-tee"), say("算了不买了", TEE));
        assertThat(turn.endedReason()).isEqualTo("customer_left");
        assertThat(text(turn)).contains("欢迎您随时回来");
    }

    @Test
    void twoAtOnceGetTheQuantityTier() {
        Turn turn = new Negotiator(COAT_TAOBAO, List.of()).respond(NegotiationState.start("wool-coat"),
                say("两件一起多少钱", COAT_TAOBAO, new CustomerMove.Entity("quantity", "2")));
        assertThat(text(turn)).contains("每件¥859", "一共¥1718");
    }

    @Test
    void readsCountersInEveryForm() {
        assertThat(say("便宜20", TEE, new CustomerMove.Entity("discount", "20")).targetUnitPrice()).isEqualByComparingTo("79");
        assertThat(say("打个八折", TEE, new CustomerMove.Entity("ratio", "8")).targetUnitPrice()).isEqualByComparingTo("79.2");
        assertThat(say("85折", TEE, new CustomerMove.Entity("ratio", "85")).targetUnitPrice()).isEqualByComparingTo("84.15");
        assertThat(say("好的", TEE).kind()).isEqualTo(CustomerMove.Kind.accept);
        assertThat(say("好的，再便宜点", TEE).kind()).isEqualTo(CustomerMove.Kind.bargain);
        assertThat(say("我再想想", TEE).kind()).isEqualTo(CustomerMove.Kind.walk_away);
    }

    @Test
    void everyReplyAddressesTheCustomerPolitely() {
        Negotiator n = new Negotiator(COAT_TAOBAO, List.of(COAT_TAOBAO, TEE));
        NegotiationState state = NegotiationState.start("wool-coat");
        for (String push : List.of("太贵了", "有什么活动", "100卖不卖", "便宜点", "再便宜", "还是贵", "好的")) {
            Turn turn = n.respond(state, say(push, COAT_TAOBAO, new CustomerMove.Entity("amount", push.startsWith("100") ? "100" : "0")));
            turn.replies().forEach(r -> assertThat(r.text()).contains("亲").doesNotContain("不能", "不可以"));
            state = turn.state();
        }
    }

    @Test
    void aPolicyThatBreaksItsOwnRulesIsRefused() {
        PricePolicy belowFloorTier = new PricePolicy("demo", "x", "x", new BigDecimal("100"), new BigDecimal("90"),
                PricePolicy.PlatformMode.adjustable, new BigDecimal("5"), 2, List.of(), null, List.of(), List.of(),
                List.of(new PricePolicy.QuantityTier(2, new BigDecimal("80"))));
        assertThat(belowFloorTier.problems()).anyMatch(p -> p.contains("quantity tier"));
        PricePolicy floorAboveList = new PricePolicy("demo", "x", "x", new BigDecimal("100"), new BigDecimal("120"),
                PricePolicy.PlatformMode.fixed, null, 1, List.of(), null, List.of(), List.of(), List.of());
        assertThat(floorAboveList.problems()).contains("floorPrice must not be above listPrice");
        assertThat(COAT_TAOBAO.problems()).isEmpty();
    }
}
