package com.dianxiaoer.greeting.domain;

import static com.dianxiaoer.greeting.domain.DemoShop.CATALOGUE;
import static com.dianxiaoer.greeting.domain.DemoShop.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.KeywordIntentClassifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontDeskTest {
    private final IntentClassifier classifier = new KeywordIntentClassifier();
    private final FrontDesk desk = new FrontDesk(SHOP, CATALOGUE, Instant.parse("2026-12-01T06:00:00Z"));
    private static final ConversationState NEW = new ConversationState(Stage.greeting, false, null);
    private static final ConversationState WELCOMED = new ConversationState(Stage.greeting, true, null);

    private Decision say(ConversationState state, String text) {
        return desk.decide(state, classifier.classify(text), text);
    }

    @Test
    void theFirstMessageGetsTheShopsWelcomeAndNothingMore() {
        Decision d = say(NEW, "在吗");
        assertThat(d.replies()).hasSize(1);
        String welcome = d.replies().get(0).text();
        assertThat(welcome).contains("小二优选旗舰店", "小美", "008", "满299减30", "韵达", "顺丰", "能拍下的都是有现货的");
        assertThat(welcome).doesNotStartWith("在");
        assertThat(d.routeTo()).isNull();
    }

    @Test
    void anAngryFirstMessageIsAnsweredByWhoWillHelpNotWithTheSalesWelcome() {
        Decision d = read(NEW, "垃圾店！发错货", Intent.complaint, Intent.other);
        assertThat(d.replies()).hasSize(1);
        assertThat(d.replies().get(0).text()).contains("小美", "008").doesNotContain("满299减30", "收藏", "😊");
        assertThat(d.routeTo()).isEqualTo(Stage.aftersales);
    }

    @Test
    void theProductWithMoreOfTheNamedWordsIsTheOneMeant() {
        assertThat(say(WELCOMED, "羊毛围巾能打八折不").productId()).isEqualTo("wool-scarf");
        assertThat(say(new ConversationState(Stage.negotiation, true, "wool-coat"), "羊毛围巾能打八折不")
                        .productId())
                .as("named beats the conversation's product")
                .isEqualTo("wool-scarf");
        assertThat(say(WELCOMED, "羊毛大衣还有吗").productId()).isEqualTo("wool-coat");
    }

    @Test
    void aProductPickedAfterWhichOneGetsTheAnswerToTheQuestionAsked() {
        ConversationState asked = new ConversationState(
                Stage.greeting,
                true,
                null,
                List.of("羊毛双面呢大衣", "轻薄白鸭绒羽绒服"),
                "亲，请问您问的是哪一款呢？",
                Intent.size_spec,
                "我175穿多大");
        Reply reply = say(asked, "羊毛双面呢大衣").replies().get(0);
        assertThat(reply.text()).as("the height given before is used").contains("175", "XL");
        ConversationState stock =
                new ConversationState(Stage.greeting, true, null, List.of("羊毛双面呢大衣"), "哪一款呢？", Intent.stock, "XXL有吗");
        assertThat(say(stock, "羊毛双面呢大衣").replies().get(0).text()).contains("没有XXL码", "S/M/L/XL");
    }

    @Test
    void anInStockAnswerNamesThePriceAndASoldOutOneOffersOnlyWhatCanBeBought() {
        assertThat(read(WELCOMED, "羽绒服有货吗", Intent.stock, Intent.other)
                        .replies()
                        .get(0)
                        .text())
                .contains("有现货", "¥459");
        Reply soldOut =
                read(WELCOMED, "派克服有货吗", Intent.stock, Intent.other).replies().get(0);
        assertThat(soldOut.quickReplies()).isNotEmpty().doesNotContain("连帽加厚派克服", "桑蚕丝印花丝巾");
    }

    @Test
    void theShopsPromotionsNeedNoProduct() {
        Decision d = read(WELCOMED, "有什么活动", Intent.promotion, Intent.other);
        assertThat(d.routes()).isEmpty();
        assertThat(d.replies().get(0).text()).contains("满299减30");
        assertThat(d.replies().get(0).quickReplies()).contains("羊毛双面呢大衣");
    }

    @Test
    void aQuestionAboutThePhotosIsAnsweredWithRealPhotosAndSlightColourDifference() {
        Reply reply = read(
                        new ConversationState(Stage.greeting, true, "wool-coat"),
                        "会色差吗",
                        Intent.size_spec,
                        Intent.other)
                .replies()
                .get(0);
        assertThat(reply.text()).contains("实物拍摄", "色差");
    }

    @Test
    void whatIsSaidOutrightBeatsAReadingInContext() {
        ConversationState afterADeal = new ConversationState(Stage.negotiation, true, "wool-coat", List.of("怎么付款"));
        assertThat(read(afterADeal, "怎么付款", Intent.other, Intent.bargain).routes())
                .containsExactly(new Decision.Route(Stage.order, Intent.payment));
        Decision person =
                read(new ConversationState(Stage.order, true, null), "转人工 我问下专票", Intent.invoice, Intent.other);
        assertThat(person.stageAfter()).isEqualTo(Stage.human);
        Decision score =
                read(new ConversationState(Stage.aftersales, true, null), "4分 满意", Intent.bargain, Intent.other);
        assertThat(score.routes()).extracting(Decision.Route::stage).containsExactly(Stage.aftersales);
    }

    @Test
    void aBareOkayInAStagesConversationStaysWithThatStageWhateverTheContextMadeOfIt() {
        ConversationState afterTheLastOffer = new ConversationState(Stage.negotiation, true, "wool-coat");
        for (String ok : List.of("嗯嗯", "好的", "哦哦", "行吧")) {
            assertThat(read(afterTheLastOffer, ok, Intent.return_refund, Intent.other)
                            .routes())
                    .as(ok)
                    .containsExactly(new Decision.Route(Stage.negotiation, Intent.acknowledgement));
        }
        assertThat(read(afterTheLastOffer, "嗯 我要退货", Intent.return_refund, Intent.other)
                        .routes())
                .as("a request beside the okay is heard")
                .containsExactly(new Decision.Route(Stage.aftersales, Intent.return_refund));
        assertThat(read(new ConversationState(Stage.order, true, null), "好的", Intent.address_change, Intent.other)
                        .routes())
                .as("the stage's own request, read in its context, stands")
                .containsExactly(new Decision.Route(Stage.order, Intent.address_change));
    }

    @Test
    void twoQuestionsAboutAProductNobodyNamedAskWhichProductOnce() {
        Decision d = read(WELCOMED, "有M码吗", Intent.size_spec, Intent.stock);
        assertThat(d.replies()).hasSize(1);
        assertThat(d.replies().get(0).text()).contains("哪一款");
        Decision greeted = read(WELCOMED, "你好 有货吗", Intent.greeting, Intent.stock);
        assertThat(greeted.replies())
                .as("a greeting asks nothing: the stock question still gets its answer")
                .anySatisfy(r -> assertThat(r.text()).contains("哪一款"));
    }

    @Test
    void anOkayIsAcknowledgedNotAnsweredWithImHere() {
        Reply reply = read(WELCOMED, "好的", Intent.acknowledgement, Intent.other)
                .replies()
                .get(0);
        assertThat(reply.text()).startsWith("好的").doesNotContain("我在的");
    }

    @Test
    void aLaterGreetingIsAnsweredWarmlyNotWithABareHere() {
        Reply reply = say(WELCOMED, "在吗").replies().get(0);
        assertThat(reply.text()).contains("亲").hasSizeGreaterThan(5);
        assertThat(Tone.violations(reply.text())).isEmpty();
    }

    @Test
    void aBargainIsWelcomedThenHandedToNegotiation() {
        Decision d = say(NEW, "羊毛双面呢大衣能便宜点吗");
        assertThat(d.replies()).extracting(Reply::intent).containsExactly("greeting");
        assertThat(d.routeTo()).isEqualTo(Stage.negotiation);
        assertThat(d.stageAfter()).isEqualTo(Stage.negotiation);
        assertThat(d.productId()).isEqualTo("wool-coat");
    }

    private Decision read(ConversationState state, String text, Intent first, Intent second) {
        return desk.decide(
                state,
                new Classification(first, 0.9, List.of(new Classification.Scored(second, 0.8)), List.of()),
                text);
    }

    @Test
    void aSecondRequestAStageOwnsIsHandedToItRightAfterTheFrontDesksAnswer() {
        Decision d = read(WELCOMED, "羊毛双面呢大衣有货吗 能便宜点吗", Intent.stock, Intent.bargain);
        assertThat(d.replies()).extracting(Reply::intent).containsExactly("stock");
        assertThat(d.routes()).containsExactly(new Decision.Route(Stage.negotiation, Intent.bargain));
        assertThat(d.stageAfter()).isEqualTo(Stage.negotiation);
    }

    @Test
    void aSecondRequestTheFrontDeskOwnsIsAnsweredBesideTheRoutedFirst() {
        Decision d = read(WELCOMED, "羊毛双面呢大衣能便宜点吗 还有货吗", Intent.bargain, Intent.stock);
        assertThat(d.routes()).containsExactly(new Decision.Route(Stage.negotiation, Intent.bargain));
        assertThat(d.replies()).extracting(Reply::intent).containsExactly("stock");
    }

    @Test
    void twoRequestsOfTwoStagesGoToBoth() {
        Decision d = read(WELCOMED, "什么时候发货 能便宜点吗", Intent.shipping_time, Intent.bargain);
        assertThat(d.routes())
                .containsExactly(
                        new Decision.Route(Stage.order, Intent.shipping_time),
                        new Decision.Route(Stage.negotiation, Intent.bargain));
        assertThat(d.stageAfter())
                .as("the first request's stage owns the conversation")
                .isEqualTo(Stage.order);
    }

    @Test
    void eachStageIntentGoesToItsOwner() {
        assertThat(say(WELCOMED, "什么时候发货").routeTo()).isEqualTo(Stage.order);
        assertThat(say(WELCOMED, "我要退货").routeTo()).isEqualTo(Stage.aftersales);
        assertThat(say(new ConversationState(Stage.greeting, true, "wool-coat"), "有什么活动")
                        .routeTo())
                .as("a product's promotions")
                .isEqualTo(Stage.negotiation);
    }

    @Test
    void anAcknowledgementGoesToTheStageThatOwnsTheConversation() {
        Decision d = say(new ConversationState(Stage.order, true, null), "好的");
        assertThat(d.routeTo()).isEqualTo(Stage.order);
        assertThat(d.replies()).isEmpty();
        assertThat(say(WELCOMED, "嗯嗯").routeTo()).isNull();
    }

    @Test
    void aTappedButtonGoesBackToTheStageThatOfferedIt() {
        ConversationState bargaining =
                new ConversationState(Stage.negotiation, true, "wool-coat", List.of("好的，就这个价", "看看便宜点的款"));
        assertThat(say(bargaining, "好的，就这个价").routeTo()).isEqualTo(Stage.negotiation);
        assertThat(say(bargaining, "有货吗").routeTo())
                .as("typed, not tapped: read as usual")
                .isNull();
        assertThat(say(new ConversationState(Stage.greeting, true, null, List.of("有货吗")), "有货吗")
                        .routeTo())
                .isNull();
    }

    @Test
    void aReadingTornBetweenTwoRequestsOfOneStageIsThatStagesButARunnerUpOfNoneIsNoRequest() {
        ConversationState ordering = new ConversationState(Stage.order, true, "wool-coat");
        Classification torn = new Classification(
                Intent.other,
                0.41,
                List.of(
                        new Classification.Scored(Intent.logistics, 0.41),
                        new Classification.Scored(Intent.shipping_time, 0.38)),
                List.of());
        Decision urged = desk.decide(ordering, torn, "催一下");
        assertThat(urged.routes()).containsExactly(new Decision.Route(Stage.order, Intent.logistics));

        Classification vague = new Classification(
                Intent.other,
                0.40,
                List.of(
                        new Classification.Scored(Intent.address_change, 0.20),
                        new Classification.Scored(Intent.logistics, 0.17)),
                List.of());
        Decision asked = desk.decide(ordering, vague, "我想问下订单的事");
        assertThat(asked.routes())
                .as("the stage places it itself: not answered as an address change nobody asked for")
                .containsExactly(new Decision.Route(Stage.order, Intent.other));
        assertThat(desk.decide(new ConversationState(Stage.aftersales, true, "wool-coat"), vague, "我想问下订单的事")
                        .routes())
                .as("in another stage's conversation the pair still names the stage to go to")
                .containsExactly(new Decision.Route(Stage.order, Intent.address_change));
    }

    @Test
    void theAnswerToAStagesQuestionGoesBackToIt() {
        ConversationState complaining = new ConversationState(Stage.aftersales, true, "wool-coat");
        assertThat(say(complaining, "202611240012345678").routeTo())
                .as("an order number")
                .isEqualTo(Stage.aftersales);
        assertThat(say(complaining, "https://img.example.com/p/1.jpg").routeTo())
                .as("a photo link")
                .isEqualTo(Stage.aftersales);
        assertThat(say(WELCOMED, "https://img.example.com/p/1.jpg").routeTo())
                .as("no stage asked")
                .isNull();
        assertThat(say(complaining, "有货吗").routeTo())
                .as("a new question is still the front desk's")
                .isNull();
    }

    @Test
    void stockOfANamedProductInStock() {
        Reply reply = say(WELCOMED, "羊毛双面呢大衣有货吗").replies().get(0);
        assertThat(reply.text()).contains("羊毛双面呢大衣", "有现货", "放心拍");
    }

    @Test
    void stockOfTheConversationsProductWhenNoneIsNamed() {
        Reply reply = say(new ConversationState(Stage.greeting, true, "parka"), "有货吗")
                .replies()
                .get(0);
        assertThat(reply.text()).contains("连帽加厚派克服", "抱歉", "预计下周补货");
    }

    @Test
    void soldOutApologisesAndRecommendsASimilarItemInStock() {
        Reply reply = say(WELCOMED, "派克服还有货吗").replies().get(0);
        assertThat(reply.text()).contains("非常抱歉", "轻薄白鸭绒羽绒服", "459");
        assertThat(reply.quickReplies()).containsExactly("轻薄白鸭绒羽绒服", "羊毛双面呢大衣");
    }

    @Test
    void soldOutWithUnknownRestockSuggestsBookmarking() {
        Reply reply = say(WELCOMED, "丝巾有货吗").replies().get(0);
        assertThat(reply.text()).contains("收藏");
    }

    @Test
    void stockWithoutAnyProductAsksWhichOneWithProductButtons() {
        Reply reply = say(WELCOMED, "有货吗").replies().get(0);
        assertThat(reply.text()).contains("哪一款");
        assertThat(reply.quickReplies()).contains("羊毛双面呢大衣").doesNotContain("连帽加厚派克服");
    }

    @ParameterizedTest
    @ValueSource(strings = {"175穿多大", "大衣1米75穿什么码", "身高175cm大衣选多大"})
    void recommendsASizeFromTheChartForTheCustomersHeight(String text) {
        Reply reply = say(new ConversationState(Stage.greeting, true, "wool-coat"), text)
                .replies()
                .get(0);
        assertThat(reply.text()).contains("175", "XL", "90%羊毛");
    }

    @Test
    void aHeightOutsideTheChartIsAskedAboutNotGuessed() {
        Reply reply = say(new ConversationState(Stage.greeting, true, "wool-coat"), "195穿多大")
                .replies()
                .get(0);
        assertThat(reply.text()).contains("尺码表之外").doesNotContain("建议选");
    }

    @Test
    void authenticityIsAnsweredFromTheProductsOwnProof() {
        Reply reply = say(WELCOMED, "大衣是正品吗").replies().get(0);
        assertThat(reply.text()).contains("官方授权", "质检报告", "色差");
    }

    @Test
    void askingForAPersonHandsOffPolitelyAndTheBotThenKeepsQuiet() {
        Decision handoff = say(WELCOMED, "转人工");
        assertThat(handoff.stageAfter()).isEqualTo(Stage.human);
        assertThat(handoff.replies().get(0).text()).contains("人工客服", "稍等");
        Decision after = say(new ConversationState(Stage.human, true, null), "有货吗 还在吗");
        assertThat(after.replies()).isEmpty();
        assertThat(after.routeTo()).isNull();
        assertThat(after.stageAfter()).isEqualTo(Stage.human);
    }

    @Test
    void anUnclearMessageOffersTheTwoCandidatesAsButtons() {
        Decision d = say(WELCOMED, "有货吗 能便宜点吗");
        Reply reply = d.replies().get(0);
        assertThat(d.routeTo()).isNull();
        assertThat(reply.quickReplies()).containsExactlyInAnyOrder("有货吗", "能便宜点吗");
        assertThat(reply.text()).contains("还是");
    }

    @Test
    void aMessageWeCannotReadOffersCommonQuestionsAndAPerson() {
        Reply reply = say(WELCOMED, "今天天气不错").replies().get(0);
        assertThat(reply.quickReplies()).contains("转人工");
    }

    @Test
    void aMessageThatOnlyNamesAProductIntroducesIt() {
        Decision d = say(WELCOMED, "羊毛双面呢大衣");
        assertThat(d.replies().get(0).text()).contains("899", "有货");
        assertThat(d.productId()).isEqualTo("wool-coat");
    }

    @ParameterizedTest
    @EnumSource(Intent.class)
    void everyQuickReplyPhraseClassifiesBackToItsIntent(Intent intent) {
        String phrase = Routing.askPhrase(intent);
        Intent expected = intent == Intent.other || intent == Intent.acknowledgement ? Intent.human_agent : intent;
        assertThat(classifier.classify(phrase).intent()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "在吗",
                "你好",
                "谢谢",
                "好的",
                "有货吗",
                "派克服有货吗",
                "丝巾有货吗",
                "175穿多大",
                "大衣是正品吗",
                "转人工",
                "今天天气不错",
                "有货吗 能便宜点吗",
                "羊毛双面呢大衣",
                "嗯"
            })
    void everyFrontDeskReplyKeepsThePlaybooksTone(String text) {
        for (ConversationState state :
                List.of(NEW, WELCOMED, new ConversationState(Stage.greeting, true, "wool-coat"))) {
            for (Reply reply : say(state, text).replies()) {
                assertThat(Tone.violations(reply.text())).as(reply.text()).isEmpty();
            }
        }
    }

    @Test
    void theToneCheckCatchesWhatThePlaybookForbids() {
        assertThat(Tone.violations("在")).contains("bare 在");
        assertThat(Tone.violations("在的")).isNotEmpty();
        assertThat(Tone.violations("这个不能便宜"))
                .contains("no polite form (亲/您/请)", "negative without apology or explanation");
        assertThat(Tone.violations("亲，明天就能到")).contains("promised delivery date");
        assertThat(Tone.violations("亲，一般3-5天送达，以物流为准")).isEmpty();
    }

    @Test
    void secondaryIntentSurvivesForRouting() {
        Classification c = classifier.classify("发什么快递 包邮吗");
        assertThat(desk.decide(WELCOMED, c, "发什么快递 包邮吗").routeTo()).isEqualTo(Stage.order);
        assertThat(c.secondary()).isEqualTo(Intent.bargain);
    }
}
