package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After "转人工" a person answers: the agent workbench's API over the real broker and database. Agents sign in per
 * shop, see only their shop's queue, take a conversation one at a time, and their replies reach the customer once.
 */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class WorkbenchTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String OTHER_SHOP = "wb-other";
    private static final String QUICK_SHOP = "wb-quick";
    private static final String CLOSED_SHOP = "wb-closed";

    private static boolean ready;

    /** Once, with the application up (a static @BeforeAll runs before RestAssured knows its port). */
    @BeforeEach
    void shopsAndPeople() {
        if (ready) {
            return;
        }
        ready = true;
        shop(OTHER_SHOP, null, null);
        shop(QUICK_SHOP, null, 10);
        // Open for one hour, twelve hours from now: closed now, whatever the time the test runs.
        LocalTime opens = LocalTime.now(ZoneId.of("Asia/Shanghai"))
                .plusHours(12)
                .withSecond(0)
                .withNano(0);
        shop(
                CLOSED_SHOP,
                Map.of("opens", hhmm(opens), "closes", hhmm(opens.plusHours(1)), "timeZone", "Asia/Shanghai"),
                null);
        account("demo", "wb-wang", "小王", "agent");
        account("demo", "wb-li", "小李", "agent");
        account("demo", "wb-boss", "店长", "shop_admin");
        account(OTHER_SHOP, "wb-zhao", "小赵", "agent");
        account(QUICK_SHOP, "wb-qian", "小钱", "agent");
        account(CLOSED_SHOP, "wb-sun", "小孙", "agent");
    }

    @Test
    void aPersonTakesOverAnswersAndHandsBack() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("这件大衣多少钱").statusCode(202);
        chat.awaitItems(2);
        chat.say("转人工").statusCode(202);
        assertThat((String) chat.awaitItems(4).get(3).get("text")).contains("人工客服");
        TopicProbe.await(Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("\"requested\""), WAIT);

        String wang = signIn("demo", "wb-wang");
        String li = signIn("demo", "wb-li");
        await().atMost(WAIT)
                .untilAsserted(() -> agent(wang)
                        .get("/api/v1/agent/queue")
                        .then()
                        .statusCode(200)
                        .body("conversationId", hasItem(chat.id())));
        Map<String, Object> waiting = agent(wang)
                .get("/api/v1/agent/queue")
                .then()
                .extract()
                .jsonPath()
                .getMap("find { it.conversationId == '" + chat.id() + "' }");
        assertThat(waiting.get("stoppedAt"))
                .as("the price question went to the bargaining stage")
                .isEqualTo("negotiation");
        assertThat(waiting.get("takenBy")).isNull();
        assertThat(waiting.get("lastMessage")).isEqualTo("转人工");

        // The summary: what the customer asked for, and the whole transcript.
        agent(wang)
                .get("/api/v1/agent/conversations/" + chat.id())
                .then()
                .statusCode(200)
                .body("summary.stoppedAt", equalTo("negotiation"))
                .body("summary.intents", hasItem("human_agent"))
                .body("transcript.size()", equalTo(4))
                .body("transcript[2].text", equalTo("转人工"));

        agent(wang)
                .post("/api/v1/agent/conversations/" + chat.id() + "/take")
                .then()
                .statusCode(200)
                .body("takenBy.name", equalTo("小王"));
        agent(li)
                .post("/api/v1/agent/conversations/" + chat.id() + "/take")
                .then()
                .statusCode(409)
                .body("code", equalTo("taken_by_another"))
                .body("message", org.hamcrest.Matchers.containsString("小王"));
        reply(li, chat, "我来回答", UUID.randomUUID().toString()).statusCode(409).body("code", equalTo("taken_by_another"));

        // A reply sent twice (a retry after a lost answer) reaches the customer once, as the agent's.
        String once = UUID.randomUUID().toString();
        reply(wang, chat, "亲，我是客服小王，这款大衣现在899元，今天下单还送围巾哦～", once)
                .statusCode(202)
                .body("duplicate", not(equalTo(true)));
        reply(wang, chat, "亲，我是客服小王，这款大衣现在899元，今天下单还送围巾哦～", once)
                .statusCode(202)
                .body("duplicate", equalTo(true));
        List<Map<String, Object>> items = chat.awaitItems(5);
        assertThat(items).hasSize(5);
        assertThat(items.get(4)).containsEntry("role", "agent").containsEntry("author", "小王");
        ConsumerRecord<String, String> answered =
                TopicProbe.await(Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("\"answered\""), WAIT);
        assertThat(Schemas.of(EventType.HandoffChanged)
                        .validate(EventJson.mapper().readTree(answered.value())))
                .isEmpty();
        TopicProbe.await(Topics.REPLIES, chat.id(), v -> v.contains("\"agent\"") && v.contains("客服小王"), WAIT);

        // While a person has it, the bot says nothing; the customer's words wait for the person.
        chat.say("那有黑色的吗").statusCode(202);
        await().atMost(WAIT).until(() -> chat.transcript().get(5).get("intent") != null);
        assertThat(chat.transcript()).hasSize(6);

        agent(wang)
                .post("/api/v1/agent/conversations/" + chat.id() + "/hand-back")
                .then()
                .statusCode(200)
                .body("stage", equalTo("greeting"));
        assertThat((String) chat.awaitItems(7).get(6).get("text")).contains("继续为您服务");
        TopicProbe.await(Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("\"returned\""), WAIT);
        agent(wang).get("/api/v1/agent/queue").then().body("conversationId", not(hasItem(chat.id())));
        agent(wang)
                .post("/api/v1/agent/conversations/" + chat.id() + "/hand-back")
                .then()
                .statusCode(409)
                .body("code", equalTo("not_waiting_for_agent"));

        chat.say("有货吗").statusCode(202);
        assertThat(chat.awaitItems(9).get(8)).containsEntry("role", "bot");
    }

    @Test
    void aShopsAgentsNeverSeeAnotherShopsConversations() {
        Chat chat = Chat.open("demo");
        chat.say("转人工").statusCode(202);
        chat.awaitItems(3);
        String zhao = signIn(OTHER_SHOP, "wb-zhao");
        String wang = signIn("demo", "wb-wang");
        await().atMost(WAIT)
                .untilAsserted(
                        () -> agent(wang).get("/api/v1/agent/queue").then().body("conversationId", hasItem(chat.id())));

        agent(zhao).get("/api/v1/agent/queue").then().statusCode(200).body("conversationId", not(hasItem(chat.id())));
        agent(zhao)
                .get("/api/v1/agent/conversations/" + chat.id())
                .then()
                .statusCode(404)
                .body("code", equalTo("conversation_not_found"));
        agent(zhao)
                .get("/api/v1/agent/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(404);
        agent(zhao)
                .post("/api/v1/agent/conversations/" + chat.id() + "/take")
                .then()
                .statusCode(404);
        reply(zhao, chat, "你好", UUID.randomUUID().toString()).statusCode(404);
        agent(zhao)
                .post("/api/v1/agent/conversations/" + chat.id() + "/close")
                .then()
                .statusCode(404);
        assertThat(chat.transcript()).hasSize(3);
    }

    @Test
    void signInIsPerShopAndOnlyAdminsManageAccounts() {
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "username", "wb-wang", "password", "wrong-password"))
                .post("/api/v1/agent/sign-in")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_credentials"));
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", OTHER_SHOP, "username", "wb-wang", "password", "wb-wang-secret"))
                .post("/api/v1/agent/sign-in")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_credentials"));
        given().get("/api/v1/agent/queue").then().statusCode(401).body("code", equalTo("not_signed_in"));
        given().header("Authorization", "Bearer not-a-session")
                .get("/api/v1/agent/queue")
                .then()
                .statusCode(401);

        Map<String, String> newcomer =
                Map.of("username", "wb-zhou", "name", "小周", "role", "agent", "password", "wb-zhou-secret");
        agent(signIn("demo", "wb-wang"))
                .contentType(ContentType.JSON)
                .body(newcomer)
                .post("/api/v1/agent/accounts")
                .then()
                .statusCode(403)
                .body("code", equalTo("shop_admin_only"));
        String boss = signIn("demo", "wb-boss");
        agent(boss)
                .contentType(ContentType.JSON)
                .body(newcomer)
                .post("/api/v1/agent/accounts")
                .then()
                .statusCode(201)
                .body("name", equalTo("小周"))
                .body("$", not(hasKey("password")));
        agent(boss)
                .contentType(ContentType.JSON)
                .body(newcomer)
                .post("/api/v1/agent/accounts")
                .then()
                .statusCode(409)
                .body("code", equalTo("username_taken"));
        agent(boss)
                .contentType(ContentType.JSON)
                .body(Map.of("username", "x", "name", "", "role", "boss", "password", "short"))
                .post("/api/v1/agent/accounts")
                .then()
                .statusCode(400);
        String zhou = signIn("demo", "wb-zhou");
        agent(zhou)
                .get("/api/v1/agent/me")
                .then()
                .statusCode(200)
                .body("shopId", equalTo("demo"))
                .body("role", equalTo("agent"));
        agent(zhou).post("/api/v1/agent/sign-out").then().statusCode(204);
        agent(zhou).get("/api/v1/agent/me").then().statusCode(401);
    }

    @Test
    void aShopAdminIsLinkedToTheShopsFiguresAnAgentIsNot() {
        agent(signIn("demo", "wb-boss"))
                .get("/api/v1/agent/links")
                .then()
                .statusCode(200)
                .body("insights", equalTo("http://localhost:8084/insights/"));
        agent(signIn("demo", "wb-wang"))
                .get("/api/v1/agent/links")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("insights")));
        given().get("/api/v1/agent/links").then().statusCode(401);
    }

    @Test
    void aLongWaitGetsAnApologyAndAnAlert() throws Exception {
        Chat chat = Chat.open(QUICK_SHOP);
        chat.say("人工客服").statusCode(202);
        chat.awaitItems(3);
        await().atMost(Duration.ofSeconds(40)).until(() -> chat.transcript().size() >= 4);
        assertThat((String) chat.transcript().get(3).get("text")).contains("久等").contains("耐心");
        ConsumerRecord<String, String> overdue =
                TopicProbe.await(Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("\"overdue\""), WAIT);
        assertThat(Schemas.of(EventType.HandoffChanged)
                        .validate(EventJson.mapper().readTree(overdue.value())))
                .isEmpty();
        Thread.sleep(3000);
        assertThat(chat.transcript())
                .as("one holding message, not one per sweep")
                .hasSize(4);
    }

    @Test
    void afterHoursTheCustomerIsToldWhenPeopleAreBackAndMayLeaveAMessage() {
        Chat chat = Chat.open(CLOSED_SHOP);
        chat.say("转人工").statusCode(202);
        String said = (String) chat.awaitItems(3).get(2).get("text");
        assertThat(said).contains("留言").contains("上班后");
        chat.say("我的订单地址写错了，麻烦改一下").statusCode(202);
        String sun = signIn(CLOSED_SHOP, "wb-sun");
        await().atMost(WAIT)
                .untilAsserted(() -> agent(sun)
                        .get("/api/v1/agent/queue")
                        .then()
                        .body("find { it.conversationId == '" + chat.id() + "' }.afterHours", equalTo(true))
                        .body(
                                "find { it.conversationId == '" + chat.id() + "' }.lastMessage",
                                equalTo("我的订单地址写错了，麻烦改一下")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonWhoClosesIsRatedAndTheSummaryShowsWhatTheStagesReported() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("在吗").statusCode(202);
        chat.awaitItems(2);
        // order-service spoke (so owns the conversation) and offered "转人工" under its reply.
        TopicProbe.send(
                Topics.REPLIES,
                chat.id(),
                EventJson.write(Envelope.of(
                        "demo",
                        chat.id(),
                        null,
                        Actor.bot,
                        "order-service",
                        null,
                        null,
                        new BotReplied("亲，请问您的订单号是多少呢？", "logistics", List.of("查物流", "转人工"), null))));
        TopicProbe.send(
                Topics.NEGOTIATION_EVENTS,
                chat.id(),
                EventJson.write(Envelope.of(
                        "demo",
                        chat.id(),
                        null,
                        Actor.customer,
                        "negotiation-service",
                        null,
                        null,
                        new DealAgreed("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("869.00"), List.of("围巾"), true, 2))));
        chat.awaitItems(3);
        chat.say("转人工").statusCode(202);
        assertThat((String) chat.awaitItems(5).get(4).get("text")).contains("人工客服");

        String wang = signIn("demo", "wb-wang");
        await().atMost(WAIT)
                .untilAsserted(() -> agent(wang)
                        .get("/api/v1/agent/conversations/" + chat.id())
                        .then()
                        .body("summary.stoppedAt", equalTo("order"))
                        .body("summary.deal.unitPrice", equalTo(869.0f))
                        .body("summary.deal.productName", equalTo("羊毛双面呢大衣"))
                        .body("summary.bargaining.state", equalTo("agreed")));
        reply(wang, chat, "亲，我来帮您查一下～", UUID.randomUUID().toString()).statusCode(202);
        chat.awaitItems(6);
        agent(wang)
                .post("/api/v1/agent/conversations/" + chat.id() + "/close")
                .then()
                .statusCode(200);
        Map<String, Object> closing = chat.awaitItems(7).get(6);
        assertThat((String) closing.get("text")).contains("小王").contains("打个分");
        assertThat((List<Object>) closing.get("quickReplies")).contains("5分 很满意");

        chat.say("5分 很满意").statusCode(202);
        assertThat((String) chat.awaitItems(9).get(8).get("text")).contains("好评");
        ConsumerRecord<String, String> rated =
                TopicProbe.await(Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("\"rated\""), WAIT);
        assertThat(rated.value()).contains("\"score\":5");
        assertThat(Schemas.of(EventType.HandoffChanged)
                        .validate(EventJson.mapper().readTree(rated.value())))
                .isEmpty();
    }

    private static ValidatableResponse reply(String session, Chat chat, String text, String clientMessageId) {
        return agent(session)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "clientMessageId", clientMessageId))
                .post("/api/v1/agent/conversations/" + chat.id() + "/messages")
                .then();
    }

    private static io.restassured.specification.RequestSpecification agent(String session) {
        return given().header("Authorization", "Bearer " + session);
    }

    private static String signIn(String shopId, String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("shopId", shopId, "username", username, "password", username + "-secret"))
                .post("/api/v1/agent/sign-in")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static void account(String shopId, String username, String name, String role) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "name", name, "role", role, "password", username + "-secret"))
                .post("/api/v1/admin/shops/" + shopId + "/accounts")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    private static void shop(String id, Map<String, String> hours, Integer holdAfterSeconds) {
        Map<String, Object> body = new HashMap<>(
                Map.of("name", "测试店 " + id, "agentName", "小美", "agentNumber", "001", "couriers", List.of("顺丰")));
        if (hours != null) {
            body.put("serviceHours", hours);
        } else {
            body.put("serviceHours", Map.of("opens", "00:00", "closes", "24:00", "timeZone", "Asia/Shanghai"));
        }
        if (holdAfterSeconds != null) {
            body.put("holdAfterSeconds", holdAfterSeconds);
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/admin/shops/" + id)
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
