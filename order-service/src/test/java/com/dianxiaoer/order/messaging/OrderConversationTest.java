package com.dianxiaoer.order.messaging;

import static com.dianxiaoer.order.api.OrderApiTest.newOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import com.dianxiaoer.order.TestClock;
import com.dianxiaoer.order.app.RemindUnpaidOrders;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The order desk in the customer's conversation, over the real broker, with the clock in the test's hand. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "order"))
class OrderConversationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    RemindUnpaidOrders unpaid;

    private static Instant shanghai(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    private static String placeOrder(String conversation, Instant at) {
        String orderId = "TB" + System.nanoTime();
        Map<String, Object> order = new HashMap<>(newOrder(orderId, conversation, 1));
        order.put("createdAt", at.toString());
        given().contentType(ContentType.JSON)
                .body(order)
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(201);
        return orderId;
    }

    private static void pay(String orderId, Instant at) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "paid", "version", 2, "at", at.toString()))
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(200);
    }

    private static void say(String conversation, String text, String intent) {
        Envelope routed = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new MessageRouted(
                        UUID.randomUUID().toString(), 2, text, intent, 0.9, null, Stage.order, null, List.of()));
        TopicProbe.send(Topics.routedTo(Stage.order), conversation, EventJson.write(routed));
    }

    private static List<String> replies(String conversation, int count) {
        return TopicProbe.awaitAll(Topics.REPLIES, conversation, v -> v.contains("order-service"), count, WAIT).stream()
                .map(r -> ((BotReplied) EventJson.read(r.value()).payload()).text())
                .toList();
    }

    @Test
    void afterPaymentTheCustomerConfirmsOrCorrectsTheAddressMasked() throws Exception {
        String conversation = UUID.randomUUID().toString();
        clock.set(shanghai(24, 10, 0));
        String orderId = placeOrder(conversation, shanghai(24, 9, 50));
        pay(orderId, shanghai(24, 10, 0));
        ConsumerRecord<String, String> ask =
                TopicProbe.await(Topics.REPLIES, conversation, v -> v.contains("order-service"), WAIT);
        assertThat(Schemas.of(EventType.BotReplied).validate(EventJson.mapper().readTree(ask.value())))
                .isEmpty();
        BotReplied check = (BotReplied) EventJson.read(ask.value()).payload();
        assertThat(check.text()).contains("张**", "138****5678", "浙江省杭州市西湖区****").doesNotContain("13812345678", "文三路");
        assertThat(check.quickReplies()).contains("我要改地址");

        say(conversation, "地址改成上海市浦东新区世纪大道100号", "address_change");
        assertThat(replies(conversation, 2).get(1)).contains("上海市浦东新区****").doesNotContain("世纪大道");
        ConsumerRecord<String, String> changed =
                TopicProbe.await(Topics.ORDER_EVENTS, conversation, v -> v.contains("AddressChanged"), WAIT);
        assertThat(Schemas.of(EventType.AddressChanged)
                        .validate(EventJson.mapper().readTree(changed.value())))
                .isEmpty();
        assertThat(changed.value()).doesNotContain("世纪大道", "13812345678");
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .body("receiver.address", org.hamcrest.Matchers.equalTo("上海市浦东新区世纪大道100号"))
                .body("addressConfirmed", org.hamcrest.Matchers.equalTo(true));
    }

    /**
     * An erased customer's orders stay in the shop's books without the receiver: the conversation's own order and, for a
     * signed-in buyer, the order the shop's order system recorded for them elsewhere. Another buyer's order is untouched.
     */
    @Test
    void anErasureAnonymisesTheBuyersOrdersAndReportsIt() throws Exception {
        String conversation = UUID.randomUUID().toString();
        clock.set(shanghai(24, 10, 0));
        String here = placeOrder(conversation, shanghai(24, 9, 0));
        String buyer = "buyer-" + UUID.randomUUID();
        String elsewhere = "TB" + System.nanoTime();
        Map<String, Object> other =
                new HashMap<>(newOrder(elsewhere, UUID.randomUUID().toString(), 1));
        other.put("customerId", buyer);
        given().contentType(ContentType.JSON)
                .body(other)
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(201);
        String untouched = placeOrder(UUID.randomUUID().toString(), shanghai(24, 9, 0));

        Envelope erase = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.system,
                "greeting-service",
                null,
                null,
                new ErasureRequested(UUID.randomUUID().toString(), "customer_request", buyer));
        TopicProbe.send(Topics.ROUTED_ORDER, conversation, EventJson.write(erase));

        String report = TopicProbe.await(Topics.ORDER_EVENTS, conversation, v -> v.contains("ErasureCompleted"), WAIT)
                .value();
        assertThat(Schemas.of(EventType.ErasureCompleted)
                        .validate(EventJson.mapper().readTree(report)))
                .isEmpty();
        assertThat(((ErasureCompleted) EventJson.read(report).payload()).records())
                .isEqualTo(2);
        for (String erased : List.of(here, elsewhere)) {
            given().get("/api/v1/shops/demo/orders/" + erased)
                    .then()
                    .statusCode(200)
                    .body("receiver.name", org.hamcrest.Matchers.equalTo("已删除"))
                    .body("receiver.phone", org.hamcrest.Matchers.equalTo(""))
                    .body("receiver.address", org.hamcrest.Matchers.equalTo("已删除"))
                    .body("total", org.hamcrest.Matchers.notNullValue());
        }
        given().get("/api/v1/shops/demo/orders/" + untouched)
                .then()
                .statusCode(200)
                .body("receiver.phone", org.hamcrest.Matchers.equalTo("13812345678"));
    }

    /** The order of one buyer, named in another conversation: a stranger learns nothing and changes nothing. */
    @Test
    void anOrderIsAnsweredAboutOnlyForItsBuyer() {
        String buyersChat = UUID.randomUUID().toString();
        clock.set(shanghai(24, 10, 0));
        String orderId = "TB" + System.nanoTime();
        Map<String, Object> order = new HashMap<>(newOrder(orderId, buyersChat, 1));
        order.put("customerId", "buyer-7");
        given().contentType(ContentType.JSON)
                .body(order)
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(201);

        String strangersChat = UUID.randomUUID().toString();
        sayAs(strangersChat, "订单" + orderId + "的地址改成北京市朝阳区建国路88号", "address_change", null);
        String toStranger = replies(strangersChat, 1).get(0);
        assertThat(toStranger)
                .contains("登录下单的账号", "转人工")
                .doesNotContain("张**", "138****5678", "浙江", "已付款", "待付款", "北京");
        String unknown = UUID.randomUUID().toString();
        sayAs(unknown, "订单TB00000000000000001的地址改成北京市朝阳区建国路88号", "address_change", null);
        assertThat(replies(unknown, 1).get(0))
                .as("someone else's order and no order look the same")
                .isEqualTo(toStranger);
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .body("receiver.address", org.hamcrest.Matchers.equalTo("浙江省杭州市西湖区文三路100号"));

        // A customer with an order of their own who names someone else's: neither order is touched.
        String ownChat = UUID.randomUUID().toString();
        String ownOrder = placeOrder(ownChat, shanghai(24, 9, 0));
        sayAs(ownChat, "订单" + orderId + "的地址改成北京市朝阳区建国路88号", "address_change", null);
        assertThat(replies(ownChat, 1).get(0)).contains("登录下单的账号");
        given().get("/api/v1/shops/demo/orders/" + ownOrder)
                .then()
                .body("receiver.address", org.hamcrest.Matchers.equalTo("浙江省杭州市西湖区文三路100号"));

        // The buyer, signed in on the shop's page, asks from a new conversation: answered about their order.
        String buyersNewChat = UUID.randomUUID().toString();
        sayAs(buyersNewChat, "订单" + orderId + "什么时候发货", "shipping_time", "buyer-7");
        assertThat(replies(buyersNewChat, 1).get(0)).doesNotContain("登录下单的账号");
        // Another signed-in customer does not get it.
        String othersChat = UUID.randomUUID().toString();
        sayAs(othersChat, "订单" + orderId + "什么时候发货", "shipping_time", "buyer-8");
        assertThat(replies(othersChat, 1).get(0)).contains("登录下单的账号");
    }

    private static void sayAs(String conversation, String text, String intent, String vouchedCustomerId) {
        String number = text.replaceAll(".*?(TB\\d+).*", "$1");
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
                        2,
                        text,
                        intent,
                        0.9,
                        null,
                        Stage.order,
                        null,
                        List.of(new MessageRouted.Entity("order_number", number, number)),
                        vouchedCustomerId));
        TopicProbe.send(Topics.routedTo(Stage.order), conversation, EventJson.write(routed));
    }

    @Test
    void shippingTimeFollowsTheCutOffOnTheShopsClock() {
        String conversation = UUID.randomUUID().toString();
        // Asked at 16:20: past the 16:00 cut-off, and too early for the unpaid reminder (30 minutes after the order),
        // which the sweep could otherwise send before the payment and take the answer's place.
        clock.set(shanghai(24, 16, 20));
        String orderId = placeOrder(conversation, shanghai(24, 16, 0));
        pay(orderId, shanghai(24, 16, 5));
        say(conversation, "什么时候发货", "shipping_time");
        assertThat(replies(conversation, 2).get(1)).contains("预计明天发出");
    }

    @Test
    void unpaidOrdersAreRemindedAtMostTwiceAndNeverAtNight() {
        String conversation = UUID.randomUUID().toString();
        Instant placed = shanghai(25, 21, 40);
        clock.set(placed);
        String orderId = placeOrder(conversation, placed);
        clock.set(placed.plus(Duration.ofMinutes(10)));
        unpaid.remind();
        clock.set(shanghai(25, 22, 30)); // due, but the shop's quiet hours
        unpaid.remind();
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .body("remindersSent", org.hamcrest.Matchers.equalTo(0));
        clock.set(shanghai(26, 8, 5));
        unpaid.remind();
        unpaid.remind(); // the second is due too (two delays after the order): sent, and that is the last
        clock.set(shanghai(26, 12, 0));
        unpaid.remind();
        List<String> reminders = replies(conversation, 2);
        assertThat(reminders.get(0)).contains("还没有付款");
        assertThat(reminders.get(1)).contains("再提醒您一次");
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .body("remindersSent", org.hamcrest.Matchers.equalTo(2));

        String paidConversation = UUID.randomUUID().toString();
        clock.set(shanghai(26, 9, 0));
        String paidOrder = placeOrder(paidConversation, shanghai(26, 9, 0));
        pay(paidOrder, shanghai(26, 9, 10));
        clock.set(shanghai(26, 11, 0));
        assertThat(unpaid.remind()).as("a paid order is never reminded").isZero();
    }

    @Test
    void aDealFromTheChatBecomesTheWarehousesRemark() {
        String conversation = UUID.randomUUID().toString();
        Envelope deal = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.customer,
                "negotiation-service",
                null,
                null,
                new DealAgreed("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("869"), List.of("羊毛围巾小样"), true, 2));
        TopicProbe.send(Topics.NEGOTIATION_EVENTS, conversation, EventJson.write(deal));
        TopicProbe.send(Topics.NEGOTIATION_EVENTS, conversation, EventJson.write(deal)); // redelivered: kept once
        clock.set(Instant.now());
        await().atMost(WAIT).untilAsserted(() -> {
            String orderId = placeOrder(conversation, Instant.now());
            given().get("/api/v1/shops/demo/orders/" + orderId)
                    .then()
                    .body(
                            "remarks",
                            hasItem(org.hamcrest.Matchers.allOf(
                                    org.hamcrest.Matchers.containsString("¥869"),
                                    org.hamcrest.Matchers.containsString("羊毛围巾小样"),
                                    org.hamcrest.Matchers.containsString("包邮"))))
                    .body("remarks.size()", org.hamcrest.Matchers.equalTo(1));
        });
    }
}
