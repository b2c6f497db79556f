package com.dianxiaoer.aftersales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.aftersales.domain.ComplaintCase.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintDeskTest {
    /** 2026-11-24 10:00 in Shanghai. */
    static final Instant MORNING = Instant.parse("2026-11-24T02:00:00Z");

    static final AftersalesPolicy POLICY = new AftersalesPolicy(
            "demo",
            7,
            "商品未经穿着洗涤、吊牌和包装完好，不影响二次销售",
            List.of(Category.quality, Category.damaged, Category.wrong_item, Category.missing_item),
            false,
            new BigDecimal("10"),
            new BigDecimal("30"),
            new BigDecimal("50"),
            "羊毛围巾小样",
            15,
            new BigDecimal("100"),
            new BigDecimal("1000"),
            "Asia/Shanghai",
            "09:00",
            "22:00",
            120,
            48);
    final ComplaintDesk desk = new ComplaintDesk(POLICY);
    final List<String> said = new ArrayList<>();

    static CustomerMessage msg(String text, String intent) {
        return new CustomerMessage(text, intent, null, "wool-coat", MORNING);
    }

    static OrderFacts delivered(String orderId, String total, Instant at) {
        return new OrderFacts(
                orderId,
                4,
                "delivered",
                new BigDecimal(total),
                "顺丰",
                "已签收",
                at.minus(5, ChronoUnit.DAYS),
                at.minus(3, ChronoUnit.DAYS),
                at);
    }

    private Turn say(ComplaintCase current, CustomerMessage m, OrderFacts order) {
        Turn t = desk.respond(current, m, order, 0);
        t.replies().forEach(r -> said.add(r.text()));
        return t;
    }

    @Test
    void whereTheWordsNameNoCauseTheFrontDesksReadingDecidesIt() {
        Turn rulesAlone = say(null, msg("用了两天就不能用了 我要投诉", "complaint"), null);
        assertThat(rulesAlone.kase().category).isEqualTo(Category.other);

        CustomerMessage read =
                new CustomerMessage("用了两天就不能用了 我要投诉", "complaint", null, "wool-coat", MORNING, Category.quality);
        Turn withTheModel = say(null, read, null);
        assertThat(withTheModel.kase().category).isEqualTo(Category.quality);
        assertThat(withTheModel.replies().get(0).text())
                .as("heard as a quality fault, for the customer to correct")
                .contains("「质量问题」");
        assertThat(withTheModel.replies().get(1).text())
                .as("a quality fault is seen on a photo: it is asked for")
                .contains("照片");
        assertThat(rulesAlone.replies().get(1).text()).doesNotContain("照片");
    }

    @Test
    void theWordsOwnCauseGoesBeforeTheFrontDesksReading() {
        CustomerMessage wrongItem =
                new CustomerMessage("发错货了，我买的不是这个", "complaint", null, "wool-coat", MORNING, Category.damaged);
        assertThat(say(null, wrongItem, null).kase().category).isEqualTo(Category.wrong_item);
    }

    @Test
    void aCauseTheModelGuessedIsCheckedAndTheCustomersWordsReplaceIt() {
        CustomerMessage guessed =
                new CustomerMessage("包裹一直不动", "complaint", null, "wool-coat", MORNING, Category.late_delivery);
        Turn first = say(null, guessed, null);
        assertThat(first.kase().category).isEqualTo(Category.late_delivery);
        assertThat(first.kase().categoryGuessed).isTrue();
        assertThat(first.replies().get(0).text())
                .as("a guessed cause is offered to be corrected, not asserted")
                .contains("抱歉", "「物流太慢」", "理解得不对");
        assertThat(first.replies().get(1).text())
                .as("a guessed cause is no description: what happened is still asked")
                .contains("具体遇到了什么情况");

        Turn next = say(first.kase(), msg("不是，是你们发错货了", "complaint"), null);
        assertThat(next.kase().category).as("the customer's own words win").isEqualTo(Category.wrong_item);
        assertThat(next.kase().categoryGuessed).isFalse();
    }

    static final String AFTER_THE_SALE = "我前天才买的 今天一看活动就开始了 这样合理吗";

    /** Order A1, delivered yesterday, for the cases whose cause the front desk's model read. */
    static final OrderFacts A1 = delivered("A1", "300", MORNING.minus(1, ChronoUnit.DAYS));

    /** A complaint about order A1 whose words name no cause, read by the front desk's model as {@code read}. */
    static CustomerMessage guessed(String text, Category read) {
        return new CustomerMessage(text, "complaint", "A1", "wool-coat", MORNING, read);
    }

    static CustomerMessage guessedPriceDrop() {
        return guessed(AFTER_THE_SALE, Category.price_drop);
    }

    /** Everything said in one turn, as one text. */
    static String allSaid(Turn t) {
        return String.join("", t.replies().stream().map(Reply::text).toList());
    }

    @Test
    void nothingIsSettledOnAGuessedCauseBeforeTheCustomerCouldCorrectIt() {
        Turn first = say(null, guessedPriceDrop(), A1);
        assertThat(first.kase().categoryGuessed).isTrue();
        assertThat(first.resolution())
                .as("no price-protection answer on a guess")
                .isNull();
        assertThat(first.kase().step).isEqualTo(Step.asking_facts);
        assertThat(first.replies())
                .as("the guess read back is the only question: the customer described it, the order is known")
                .singleElement()
                .satisfies(r -> assertThat(r.text()).contains("「买后降价」", "理解得不对"));

        Turn confirmed = say(first.kase(), msg("对的", "acknowledgement"), A1);
        assertThat(confirmed.kase().categoryGuessed).isFalse();
        assertThat(confirmed.resolution())
                .as("confirmed, it is settled at once")
                .isNotNull();
        assertThat(allSaid(confirmed)).contains("差价我们退给您").doesNotContain("不着急");
    }

    @Test
    void aGuessedCauseTheCustomerDeniesIsDropped() {
        Turn described = say(null, guessedPriceDrop(), A1);
        Turn denied = say(described.kase(), msg("不是这个意思", "other"), A1);
        assertThat(denied.kase().category).isEqualTo(Category.other);
        assertThat(denied.resolution()).isNull();
        assertThat(denied.replies().get(0).text())
                .as("what happened was told in the first message: a person reads it")
                .contains("同事")
                .doesNotContain("差价");

        CustomerMessage bare = guessed("有个问题", Category.price_drop);
        Turn opened = say(null, bare, A1);
        Turn no = say(opened.kase(), msg("不是", "other"), A1);
        assertThat(no.kase().category).isEqualTo(Category.other);
        assertThat(no.resolution()).isNull();
        assertThat(no.replies().get(0).text())
                .as("a bare 不是 tells nothing: what happened is asked again")
                .contains("具体遇到了什么情况")
                .doesNotContain("差价");
    }

    @Test
    void aDeniedGuessComesBackNeitherFromWordsThatRepeatItNorFromTheModel() {
        Turn first = say(null, guessedPriceDrop(), A1);
        Turn denied = say(first.kase(), msg("不是降价", "complaint"), A1);
        assertThat(denied.kase().category)
                .as("'不是降价' names price_drop only to deny it")
                .isEqualTo(Category.other);
        assertThat(denied.resolution()).isNull();

        CustomerMessage readAgain = guessed("就是活动开始得太快了", Category.price_drop);
        Turn again = say(denied.kase(), readAgain, A1);
        assertThat(again.kase().category).isEqualTo(Category.other);
        assertThat(again.resolution()).isNull();
        assertThat(allSaid(again)).doesNotContain("差价");
    }

    @Test
    void aNewGuessAfterADenialIsAskedAboutAgain() {
        CustomerMessage bare = guessed("有个问题", Category.price_drop);
        Turn opened = say(null, bare, A1);
        Turn no = say(opened.kase(), msg("不是", "other"), A1);
        CustomerMessage qualityRead = guessed("穿了一次就不行了", Category.quality);
        Turn next = say(no.kase(), qualityRead, A1);
        assertThat(next.kase().categoryGuessed).isTrue();
        assertThat(next.resolution()).as("the new guess is not settled unasked").isNull();
        assertThat(allSaid(next)).contains("是不是「质量问题」的情况");
    }

    @Test
    void aCauseGuessedLaterInTheCaseIsAskedAboutBeforeItIsSettled() {
        Turn first = say(null, new CustomerMessage("我要售后", "return_refund", "A1", "wool-coat", MORNING), A1);
        assertThat(first.kase().category).isEqualTo(Category.other);
        Turn next = say(first.kase(), guessedPriceDrop(), A1);
        assertThat(next.resolution()).isNull();
        assertThat(next.replies().get(next.replies().size() - 1).text()).contains("是不是「买后降价」的情况");
        Turn answered = say(next.kase(), msg("嗯 是的", "acknowledgement"), A1);
        assertThat(answered.resolution()).isNotNull();
    }

    @Test
    void anUnsafeItemIsAQualityFaultByTheWordsNotAGuess() {
        CustomerMessage allergy =
                new CustomerMessage("穿了一天皮肤过敏 又红又痒", "complaint", null, "wool-coat", MORNING, Category.quality);
        Turn t = say(null, allergy, null);
        assertThat(t.kase().category).isEqualTo(Category.quality);
        assertThat(t.kase().categoryGuessed).isFalse();
        assertThat(t.replies().get(0).text()).doesNotContain("理解得不对");
    }

    @Test
    void theFiveStepsOfADamagedItem() {
        Turn first = say(null, new CustomerMessage("衣服收到是破的，领口破损了", "complaint", null, null, MORNING), null);
        assertThat(first.opened()).isTrue();
        assertThat(first.kase().category).isEqualTo(Category.damaged);
        assertThat(first.kase().step).isEqualTo(Step.asking_facts);
        assertThat(first.replies().get(0).text())
                .as("heard: empathy first, no argument")
                .contains("抱歉")
                .doesNotContain("订单号");
        assertThat(first.replies().get(1).text())
                .as("asked: the facts still missing")
                .contains("订单号", "哪件商品", "照片");
        assertThat(first.notes()).extracting(Turn.Note::step).containsExactly("heard", "asked_facts");

        Turn second = say(
                first.kase(),
                new CustomerMessage(
                        "订单号 123456789012345678，照片 https://img.example.com/a.jpg",
                        "other",
                        "123456789012345678",
                        "wool-coat",
                        MORNING),
                null);
        assertThat(second.kase().step).isEqualTo(Step.resolved);
        assertThat(second.resolution().kind()).isEqualTo("replacement");
        assertThat(second.resolution().shopPaysReturnShipping()).isTrue();
        String outcome = second.replies().get(0).text();
        assertThat(outcome).contains("抱歉", "申请售后", "运费由我们承担", "10元");
        assertThat(outcome.indexOf("抱歉")).as("compensation after the apology").isLessThan(outcome.indexOf("10元"));
        assertThat(second.resolution().compensations())
                .extracting(Compensation::kind)
                .containsExactly("apology", "coupon");
        assertThat(second.notes()).extracting(Turn.Note::step).containsExactly("told_outcome", "recorded");

        Turn rated = say(second.kase(), msg("5分 非常满意", "other"), null);
        assertThat(rated.satisfaction()).isEqualTo(5);
        assertThat(rated.kase().step).isEqualTo(Step.closed);
        assertTone();
    }

    @Test
    void questionsAboutASettledCaseAreAnsweredNotOpenedAsANewComplaint() {
        OrderFacts order = delivered("TB1", "299", MORNING.minus(1, ChronoUnit.DAYS));
        Turn first = say(
                null,
                new CustomerMessage("领口开线了 https://img.example.com/a.jpg", "complaint", "TB1", "wool-coat", MORNING),
                order);
        assertThat(first.kase().step).isEqualTo(Step.resolved);
        Turn who = say(first.kase(), msg("运费谁出", "complaint"), order);
        assertThat(who.opened()).isFalse();
        assertThat(who.escalate()).isEmpty();
        assertThat(who.replies().get(0).text()).contains("运费由我们承担");
        assertThat(say(first.kase(), msg("退款多久到账", "return_refund"), order)
                        .replies()
                        .get(0)
                        .text())
                .contains("48小时");
        Turn changed = say(first.kase(), msg("我想退货退款 不想换了", "return_refund"), order);
        assertThat(changed.opened()).isFalse();
        assertThat(changed.resolution().kind()).isEqualTo("return");
        assertTone();
    }

    @Test
    void aRashIsASafetyIssueAndAskingWhenGetsTheTime() {
        Turn first = say(null, msg("孩子穿了身上起了一片疹子", "complaint"), delivered("TB1", "299", MORNING));
        assertThat(first.kase().reasons).contains(SeriousReason.safety);
        Turn when = say(
                first.kase(),
                new CustomerMessage("TB1 https://img.example.com/r.jpg", "other", "TB1", "wool-coat", MORNING),
                null);
        Turn asked = say(when.kase(), msg("什么时候给我答复?", "other"), null);
        assertThat(asked.replies().get(0).text()).contains("店长", "答复").doesNotContain("记在这件事里");
    }

    @Test
    void aReturnQuestionBeforeBuyingGetsTheRuleAndOpensNoCase() {
        Turn t = say(null, msg("买大了怎么办", "return_refund"), null);
        assertThat(t.kase()).isNull();
        assertThat(t.opened()).isFalse();
        assertThat(t.replies().get(0).text()).contains("7天", "无理由");
    }

    @Test
    void aSizeThatDoesNotFitIsAnExchange() {
        Turn t = say(null, msg("买大了 想换小一码", "return_refund"), delivered("TB1", "299", MORNING));
        assertThat(t.kase().category).isEqualTo(Category.no_reason);
        assertThat(t.kase().request).isEqualTo(Request.EXCHANGE);
    }

    @Test
    void aSafetyIssueIsSeriousReportedOnceAndFollowedWithATime() {
        OrderFacts order = delivered("TB1", "299", MORNING.minus(1, ChronoUnit.DAYS));
        Turn first = say(null, msg("充电宝用了一次就冒烟了，太危险了，质量太差", "complaint"), order);
        assertThat(first.kase().reasons).containsExactly(SeriousReason.safety);
        assertThat(first.escalate()).containsExactly(SeriousReason.safety);
        assertThat(String.join("", said)).contains("暂停使用", "店长");
        assertThat(first.notes().get(0).note()).contains("质量问题");
        Turn smoke = desk.respond(null, msg("充电的时候冒烟了", "complaint"), null, 0);
        assertThat(smoke.kase().category)
                .as("a safety issue is about the item's quality")
                .isEqualTo(Category.quality);
        assertThat(smoke.replies().get(0).text()).contains("质量");
        Turn second = say(first.kase(), msg("照片 https://img.example.com/b.jpg 我要投诉到12315", "complaint"), order);
        assertThat(second.escalate()).as("reported once, not again").isEmpty();
        assertThat(second.kase().reasons).contains(SeriousReason.dispute_threat);
        assertThat(second.kase().step).isEqualTo(Step.following);
        assertThat(second.replies().get(0).text()).contains("今天12:00前");
        Turn third = say(second.kase(), msg("好的", "acknowledgement"), order);
        assertThat(third.escalate()).isEmpty();
        assertThat(third.replies().get(0).text()).contains("今天12:00前");
        assertTone();
    }

    @Test
    void aHighValueOrderAndARepeatedComplaintAreSerious() {
        Turn big = say(null, msg("大衣起球了", "complaint"), delivered("TB2", "1799", MORNING));
        assertThat(big.escalate()).containsExactly(SeriousReason.high_value);
        Turn again = desk.respond(null, msg("大衣起球了", "complaint"), delivered("TB3", "299", MORNING), 1);
        assertThat(again.escalate()).containsExactly(SeriousReason.repeated);
    }

    @Test
    void aNoReasonReturnWithinTheWindowHasItsStepsAndTheCustomerPaysShipping() {
        OrderFacts order = delivered("TB4", "259", MORNING.minus(3, ChronoUnit.DAYS));
        Turn t = say(null, msg("不喜欢，想七天无理由退货", "return_refund"), order);
        assertThat(t.kase().category).isEqualTo(Category.no_reason);
        assertThat(t.resolution().kind()).isEqualTo("return");
        assertThat(t.resolution().shopPaysReturnShipping()).isFalse();
        assertThat(said.get(said.size() - 1)).contains("11月28日之前", "吊牌", "运费需要您这边承担", "48小时内");
        assertThat(t.escalate()).isEmpty();
        assertTone();
    }

    @Test
    void aNoReasonReturnAfterTheWindowIsExplainedAndFollowed() {
        Turn t =
                say(null, msg("不想要了，退货", "return_refund"), delivered("TB5", "259", MORNING.minus(10, ChronoUnit.DAYS)));
        assertThat(t.resolution()).isNull();
        assertThat(t.kase().step).isEqualTo(Step.following);
        assertThat(said.get(said.size() - 1)).contains("11月14日签收", "11月21日", "今天12:00前", "质量问题");
        assertTone();
    }

    @Test
    void aReturnRequestWithoutAReasonAsksWhatHappenedWithButtons() {
        Turn t = say(null, new CustomerMessage("我要退货", "return_refund", "123456789012345678", "jeans", MORNING), null);
        assertThat(t.kase().step).isEqualTo(Step.asking_facts);
        assertThat(t.replies().get(1).text()).contains("具体遇到了什么情况").doesNotContain("订单号");
        assertThat(t.replies().get(1).quickReplies()).contains("质量问题");
        Turn next = say(t.kase(), new CustomerMessage("发错货了", "complaint", null, null, MORNING), null);
        assertThat(next.kase().category).isEqualTo(Category.wrong_item);
        assertThat(next.kase().step).as("a photo is asked for").isEqualTo(Step.asking_facts);
        assertThat(next.replies().get(0).quickReplies())
                .as("a tap goes back to after-sales")
                .containsExactly("没有照片，先帮我处理");
        Turn noPhoto = say(next.kase(), new CustomerMessage("没有照片，先帮我处理", "other", null, null, MORNING), null);
        assertThat(noPhoto.resolution().kind()).as("asked for a return earlier").isEqualTo("return");
    }

    @Test
    void eachFactIsAskedOnceSoACustomerWhoCannotGiveItIsNotKeptWaiting() {
        Turn first = say(null, msg("质量太差了，开线了", "complaint"), null);
        assertThat(first.replies().get(1).text()).contains("订单号", "照片");
        Turn ok = say(first.kase(), msg("好的", "acknowledgement"), null);
        assertThat(ok.kase().step)
                .as("an OK is not an answer: still waiting for the facts")
                .isEqualTo(Step.asking_facts);
        Turn second = say(ok.kase(), msg("我找不到在哪里", "other"), null);
        assertThat(second.kase().step).isEqualTo(Step.resolved);
        assertThat(second.resolution().kind()).isEqualTo("exchange");
        assertTone();
    }

    @Test
    void aLateParcelIsFollowedAndSettledWhenTheOrderIsDelivered() {
        OrderFacts shipped =
                new OrderFacts("TB6", 3, "shipped", new BigDecimal("99"), "韵达", "运输中", MORNING, MORNING, null);
        Turn t = say(null, msg("五天了还没收到货，物流不动", "complaint"), shipped);
        assertThat(t.kase().category).isEqualTo(Category.late_delivery);
        assertThat(t.kase().step).isEqualTo(Step.following);
        assertThat(said.get(said.size() - 1)).contains("韵达", "运输中", "今天12:00前");
        Turn arrived = desk.orderMoved(t.kase(), delivered("TB6", "99", MORNING.plus(1, ChronoUnit.HOURS)));
        assertThat(arrived.resolution().kind()).isEqualTo("apology");
        assertThat(arrived.replies().get(0).text()).contains("签收", "10元");
    }

    @Test
    void aPriceDropWithinPriceProtectionIsRefundedWithinTheLimit() {
        Turn t = say(
                null,
                msg("我前天刚买就降价了，能退差价吗", "complaint"),
                new OrderFacts(
                        "TB7",
                        2,
                        "paid",
                        new BigDecimal("599"),
                        null,
                        null,
                        MORNING.minus(2, ChronoUnit.DAYS),
                        null,
                        null));
        assertThat(t.resolution().kind()).isEqualTo("price_difference");
        assertThat(said.get(said.size() - 1)).contains("价保", "¥100");
        assertTone();
    }

    @ParameterizedTest
    @CsvSource({
        "质量太差了，穿一次就起球, quality",
        "颜色跟图片不一样，色差太大, colour_difference",
        "发错货了，我买的是黑色, wrong_item",
        "少发了一条围巾, missing_item",
        "快递压坏了，盒子都碎了, damaged",
        "大衣收到领口是破的, damaged",
        "都一个星期了还没到, late_delivery",
        "刚买就降价了, price_drop",
        "你们客服态度太差了, service_attitude",
        "不喜欢，想退, no_reason",
        "我要投诉, other"
    })
    void categoriesFromTheCustomersWords(String text, Category expected) {
        assertThat(Category.detect(text)).isEqualTo(expected);
    }

    @Test
    void aCaseStillOpenAtTheEndOfTheShopsDayIsOverdueOnce() {
        Turn t = say(null, msg("我要投诉，说不清楚", "complaint"), null);
        ComplaintCase c = t.kase();
        c.step = Step.following;
        assertThat(desk.overdue(c, Instant.parse("2026-11-24T13:59:00Z"))).isEmpty();
        Turn late = desk.overdue(c, Instant.parse("2026-11-24T14:00:00Z")).orElseThrow();
        assertThat(late.notes()).extracting(Turn.Note::step).containsExactly("overdue");
        assertThat(late.replies().get(0).text()).contains("明天11:00前");
        assertThat(desk.overdue(c, Instant.parse("2026-11-24T15:00:00Z")))
                .as("flagged once")
                .isEmpty();
    }

    @Test
    void theNextAnswerComesWithinWorkingHours() {
        assertThat(desk.hours()
                        .when(
                                desk.hours().nextAnswerBy(Instant.parse("2026-11-24T13:30:00Z")),
                                Instant.parse("2026-11-24T13:30:00Z")))
                .as("21:30 + 2h is after the day's end")
                .isEqualTo("明天11:00前");
        assertThat(desk.hours()
                        .when(
                                desk.hours().nextAnswerBy(Instant.parse("2026-11-23T23:00:00Z")),
                                Instant.parse("2026-11-23T23:00:00Z")))
                .as("07:00, before the day starts")
                .isEqualTo("今天11:00前");
    }

    @Test
    void aPolicyThatBreaksItsRulesSaysWhy() {
        AftersalesPolicy bad = new AftersalesPolicy(
                "demo",
                3,
                " ",
                List.of(),
                false,
                new BigDecimal("40"),
                new BigDecimal("30"),
                new BigDecimal("50"),
                null,
                0,
                new BigDecimal("1"),
                new BigDecimal("1000"),
                "Mars/Base",
                "22:00",
                "09:00",
                5,
                48);
        assertThat(bad.problems())
                .hasSize(6)
                .anySatisfy(p -> assertThat(p).contains("noReasonReturnDays"))
                .anySatisfy(p -> assertThat(p).contains("couponAmount must not be above"))
                .anySatisfy(p -> assertThat(p).contains("timeZone"));
        assertThat(POLICY.problems()).isEmpty();
    }

    /** The playbook's tone: polite, never a bare no, never the customer's fault. */
    private void assertTone() {
        assertThat(said).isNotEmpty().allSatisfy(text -> {
            assertThat(text).contains("亲");
            assertThat(text).doesNotContain("您自己", "你自己", "怪您", "您的责任", "为什么不", "看清楚", "不能", "不可以", "没办法");
        });
    }
}
