package com.dianxiaoer.aftersales.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.dianxiaoer.aftersales.TestClock;
import com.dianxiaoer.aftersales.app.FlagOverdueCases;
import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.ShopTaskRequested;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The complaint procedure over the real broker: routed messages and order events in, replies and case events out. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aftersales"))
class ComplaintFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** 2026-11-24 10:00 in Shanghai, the demo shop's zone. */
    static final Instant MORNING = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    com.dianxiaoer.messaging.ScheduledReplies delayedReplies;

    @Inject
    FlagOverdueCases overdueCheck;

    @BeforeEach
    void morning() {
        clock.set(MORNING);
    }

    static void say(String conversation, String text, String intent, MessageRouted.Entity... entities) {
        Envelope routed = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new MessageRouted(
                        UUID.randomUUID().toString(),
                        1,
                        text,
                        intent,
                        0.9,
                        null,
                        Stage.aftersales,
                        "wool-coat",
                        List.of(entities)));
        TopicProbe.send(Topics.ROUTED_AFTERSALES, conversation, EventJson.write(routed));
    }

    static void order(String conversation, String orderId, int version, String status, String total, Instant at) {
        Envelope e = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.system,
                "order-service",
                null,
                null,
                new OrderChanged(
                        orderId,
                        version,
                        status,
                        null,
                        "status",
                        new BigDecimal(total),
                        "顺丰",
                        "SF1",
                        status.equals("shipped") ? "运输中" : null));
        TopicProbe.send(Topics.ORDER_EVENTS, conversation, EventJson.write(e.at(at)));
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> com.dianxiaoer.aftersales.persistence.OrderFactEntity
                                .<com.dianxiaoer.aftersales.persistence.OrderFactEntity>findByIdOptional(orderId)
                                .map(f -> f.version >= version)
                                .orElse(false)));
    }

    static List<BotReplied> replies(String conversation, int count) {
        return TopicProbe.awaitAll(Topics.REPLIES, conversation, v -> v.contains("aftersales-service"), count, WAIT)
                .stream()
                .map(r -> (BotReplied) EventJson.read(r.value()).payload())
                .toList();
    }

    static ConsumerRecord<String, String> event(String conversation, EventType type) throws Exception {
        ConsumerRecord<String, String> r = TopicProbe.await(
                Topics.AFTERSALES_EVENTS, conversation, v -> v.contains("\"type\":\"" + type + "\""), WAIT);
        assertThat(Schemas.of(type).validate(EventJson.mapper().readTree(r.value())))
                .as(type + " matches its schema")
                .isEmpty();
        return r;
    }

    @Test
    void hearAskSettleTellRecordThenAskForSatisfaction() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String orderId = "TB" + System.nanoTime();
        order(conversation, orderId, 4, "delivered", "899", MORNING.minus(2, ChronoUnit.DAYS));

        assertThat(replies(conversation, 1).get(0).text())
                .as("the delivery's farewell, before any complaint")
                .contains("好评");

        say(conversation, "大衣收到领口是破的，太失望了", "complaint");
        List<BotReplied> first = replies(conversation, 3);
        assertThat(first.get(1).text()).as("1 hear: empathy, no argument").contains("抱歉");
        assertThat(first.get(2).text())
                .as("2 ask: only the photo is missing, the order is known")
                .contains("照片")
                .doesNotContain("订单号");
        assertThat(first.get(2).inReplyTo()).isNotBlank();
        assertThat(event(conversation, EventType.ComplaintOpened).value())
                .contains("\"category\":\"damaged\"", orderId);

        say(conversation, "照片在这 https://img.example.com/coat.jpg", "other");
        BotReplied outcome = replies(conversation, 4).get(3);
        assertThat(outcome.text())
                .as("4 tell: the outcome, the steps, compensation after the apology")
                .contains("补发", "申请售后", "运费由我们承担", "10元");
        ComplaintResolved resolved = (ComplaintResolved)
                EventJson.read(event(conversation, EventType.ComplaintResolved).value())
                        .payload();
        assertThat(resolved.resolution()).isEqualTo("replacement");
        assertThat(resolved.compensations()).containsExactly("apology", "coupon");
        assertThat(resolved.shopPaysReturnShipping()).isTrue();
        // The coupon the reply promises reaches the shop's systems, which grant it.
        ShopTaskRequested coupon = (ShopTaskRequested)
                EventJson.read(event(conversation, EventType.ShopTaskRequested).value())
                        .payload();
        assertThat(coupon.task()).isEqualTo("grant_coupon");
        assertThat(coupon.amount()).isEqualByComparingTo("10");
        assertThat(coupon.orderId()).isEqualTo(orderId);

        given().get("/api/v1/admin/shops/demo/cases?state=resolved")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.conversationId == '" + conversation + "' }.history.step.flatten()", String.class)
                .forEach(step -> assertThat(step).isIn("heard", "asked_facts", "told_outcome", "recorded"));

        clock.advance(Duration.ofHours(25));
        delayedReplies.release();
        BotReplied question = replies(conversation, 5).get(4);
        assertThat(question.text()).contains("1-5分");
        assertThat(question.quickReplies()).contains("5分 非常满意");

        say(conversation, "5分 非常满意", "other");
        assertThat(event(conversation, EventType.SatisfactionRecorded).value()).contains("\"score\":5");
        assertThat(replies(conversation, 6).get(5).text()).contains("谢谢");
    }

    @Test
    void anErasureKeepsTheCaseForTheShopsFiguresAndNothingTheCustomerSaid() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String orderId = "TB" + System.nanoTime();
        order(conversation, orderId, 4, "delivered", "899", MORNING.minus(2, ChronoUnit.DAYS));
        say(conversation, "大衣收到领口是破的，太失望了", "complaint");
        replies(conversation, 3);
        say(conversation, "照片在这 https://img.example.com/collar.jpg", "complaint");
        replies(conversation, 4);

        Envelope erase = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.system,
                "greeting-service",
                null,
                null,
                new com.dianxiaoer.events.payload.ErasureRequested(
                        UUID.randomUUID().toString(), "retention", null));
        TopicProbe.send(Topics.ROUTED_AFTERSALES, conversation, EventJson.write(erase));
        String report = TopicProbe.await(
                        Topics.AFTERSALES_EVENTS, conversation, v -> v.contains("ErasureCompleted"), WAIT)
                .value();
        assertThat(((com.dianxiaoer.events.payload.ErasureCompleted)
                                EventJson.read(report).payload())
                        .records())
                .isGreaterThan(2);

        QuarkusTransaction.requiringNew().run(() -> {
            var cases = com.dianxiaoer.aftersales.persistence.CaseEntity.lockAllOf("demo", conversation);
            assertThat(cases).hasSize(1);
            assertThat(cases.get(0).category).as("the shop's figures stay").isEqualTo("damaged");
            assertThat(cases.get(0).current().photoLink).isNull();
            assertThat(cases.get(0).state).doesNotContain("img.example.com");
            assertThat(com.dianxiaoer.aftersales.persistence.CaseHistoryEntity
                            .<com.dianxiaoer.aftersales.persistence.CaseHistoryEntity>list(
                                    "caseId", cases.get(0).caseId))
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.note).isEqualTo("已删除"));
            assertThat(com.dianxiaoer.aftersales.persistence.OrderFactEntity.findByIdOptional(orderId))
                    .isEmpty();
        });
    }

    @Test
    void aSeriousCaseIsEscalatedOnceNotOnEveryMessage() throws Exception {
        String conversation = UUID.randomUUID().toString();
        say(conversation, "暖手宝充电的时候冒烟了，差点起火，太危险了", "complaint");
        say(
                conversation,
                "订单号 123456789012345678",
                "other",
                new MessageRouted.Entity("order_number", "123456789012345678", "123456789012345678"));
        say(conversation, "你们再不处理我就找媒体曝光，还要去12315投诉", "complaint");
        say(conversation, "好的", "acknowledgement");
        List<BotReplied> texts = replies(conversation, 6);
        assertThat(texts.get(1).text()).contains("暂停使用", "店长");
        assertThat(texts.get(texts.size() - 1).text()).contains("前");

        assertThat(event(conversation, EventType.ComplaintEscalated).value()).contains("safety");
        assertThatThrownBy(() -> TopicProbe.awaitAll(
                        Topics.AFTERSALES_EVENTS,
                        conversation,
                        v -> v.contains("ComplaintEscalated"),
                        2,
                        Duration.ofSeconds(3)))
                .as("escalated once")
                .isInstanceOf(AssertionError.class);

        var escalated = given().get("/api/v1/admin/shops/demo/cases?state=escalated")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String base = "find { it.conversationId == '" + conversation + "' }";
        assertThat(escalated.getString(base + ".severity")).isEqualTo("serious");
        assertThat(escalated.getList(base + ".reasons", String.class)).contains("safety", "dispute_threat");
        assertThat(escalated.getInt(base + ".history.findAll { it.step == 'reported' }.size()"))
                .isEqualTo(1);
        assertThat(escalated.getString(base + ".step")).isEqualTo("following");
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("dianxiaoer_escalations_total{category=\"quality\",severity=\"serious\",shop=\"demo\"}")
                .contains("dianxiaoer_complaints_total");

        String caseId = escalated.getString(base + ".caseId");
        given().contentType("application/json")
                .body("{\"resolution\": \"refund\", \"message\": \"全额退款已经原路退回，商品不用寄回\"}")
                .post("/api/v1/admin/shops/demo/cases/" + caseId + "/resolve")
                .then()
                .statusCode(200);
        assertThat(replies(conversation, 7).get(6).text())
                .as("the serious case's compensation, within the shop's limits, after the apology")
                .contains("全额退款", "道歉", "30元", "羊毛围巾小样");
        assertThat(event(conversation, EventType.ComplaintResolved).value()).contains("\"resolution\":\"refund\"");
        given().contentType("application/json")
                .body("{\"resolution\": \"refund\", \"message\": \"再来一次\"}")
                .post("/api/v1/admin/shops/demo/cases/" + caseId + "/resolve")
                .then()
                .statusCode(409);
    }

    @Test
    void aLateParcelIsFollowedThenSettledByTheDeliveryEvent() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String orderId = "TB" + System.nanoTime();
        order(conversation, orderId, 3, "shipped", "259", MORNING.minus(4, ChronoUnit.DAYS));
        say(conversation, "都五天了还没收到货，物流一直不动", "complaint");
        assertThat(replies(conversation, 2).get(1).text())
                .as("3 follow: when the next answer comes")
                .contains("顺丰", "今天12:00前");

        order(conversation, orderId, 4, "delivered", "259", MORNING.plus(1, ChronoUnit.HOURS));
        assertThat(replies(conversation, 3).get(2).text()).contains("签收", "10元");
        assertThat(event(conversation, EventType.ComplaintResolved).value()).contains("late_delivery");
    }

    @Test
    void aDeliveryWithNoComplaintGetsAFarewellAskingForAReviewAndAPoisonOrderEventIsDeadLettered() {
        String conversation = UUID.randomUUID().toString();
        TopicProbe.send(Topics.ORDER_EVENTS, conversation, "{ not an event");
        assertThat(TopicProbe.await(
                        Topics.deadLetter(Topics.ORDER_EVENTS), conversation, v -> v.contains("not an event"), WAIT))
                .isNotNull();
        order(conversation, "TB" + System.nanoTime(), 4, "delivered", "99", MORNING);
        assertThat(replies(conversation, 1).get(0).text()).contains("签收", "好评");
    }

    @Test
    void aCaseStillOpenAtTheEndOfTheShopsDayIsFlaggedOverdue() {
        String conversation = UUID.randomUUID().toString();
        say(conversation, "我要投诉你们，之前的事一直没人管", "complaint");
        say(
                conversation,
                "订单号 223456789012345678，就是想要个说法",
                "other",
                new MessageRouted.Entity("order_number", "223456789012345678", "223456789012345678"));
        replies(conversation, 4);
        clock.set(Instant.parse("2026-11-24T14:00:01Z"));
        overdueCheck.run();
        var overdue = given().get("/api/v1/admin/shops/demo/cases?state=overdue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String base = "find { it.conversationId == '" + conversation + "' }";
        assertThat(overdue.getBoolean(base + ".overdue")).isTrue();
        assertThat(overdue.getList(base + ".history.step", String.class)).contains("heard", "overdue");
        assertThat(replies(conversation, 5).get(4).text()).contains("久等", "明天");
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnceAndAnOrderEventOnce() {
        String conversation = UUID.randomUUID().toString();
        Envelope once = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new MessageRouted(
                        UUID.randomUUID().toString(),
                        1,
                        "不喜欢，想七天无理由退货，订单号 323456789012345678",
                        "return_refund",
                        0.9,
                        null,
                        Stage.aftersales,
                        "jeans",
                        List.of(new MessageRouted.Entity("order_number", "323456789012345678", "323456789012345678"))));
        TopicProbe.send(Topics.ROUTED_AFTERSALES, conversation, EventJson.write(once));
        TopicProbe.send(Topics.ROUTED_AFTERSALES, conversation, EventJson.write(once));
        say(conversation, "好的", "acknowledgement");
        List<BotReplied> texts = replies(conversation, 3);
        assertThat(texts.get(1).text()).contains("无理由退货", "吊牌");
        assertThat(texts.get(2).text())
                .as("the third answers 好的, not the redelivery")
                .contains("好的亲")
                .doesNotContain("无理由");
    }
}
