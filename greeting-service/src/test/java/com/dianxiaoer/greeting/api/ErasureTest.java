package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.greeting.app.RetentionSweep;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer's erasure as the operator meets it: greeting-service forgets the customer at once, each stage service is
 * asked on its routed topic, and the erasure is complete when all three have reported. The retention sweep erases what
 * is older than the shop keeps, and nothing newer.
 */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class ErasureTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> ROUTED =
            List.of(Topics.ROUTED_NEGOTIATION, Topics.ROUTED_ORDER, Topics.ROUTED_AFTERSALES);
    private static final Map<String, String> REPORTS_ON = Map.of(
            Topics.ROUTED_NEGOTIATION,
            Topics.NEGOTIATION_EVENTS,
            Topics.ROUTED_ORDER,
            Topics.ORDER_EVENTS,
            Topics.ROUTED_AFTERSALES,
            Topics.AFTERSALES_EVENTS);

    @Inject
    EntityManager em;

    @Inject
    RetentionSweep retention;

    @Test
    void aVisitorsConversationIsForgottenAtOnceAndCompleteWhenEveryStageHasReported() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("你好，我叫李雷，电话13912345678").statusCode(202);
        chat.awaitItems(2);

        JsonPath accepted = given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", chat.id()))
                .when()
                .post("/api/v1/admin/shops/demo/erasures")
                .then()
                .statusCode(202)
                .body("state", equalTo("in_progress"))
                .body("conversations", equalTo(1))
                .body("reason", equalTo("customer_request"))
                .extract()
                .jsonPath();
        String erasureId = accepted.getString("erasureId");
        assertThat(accepted.getInt("services.find { it.service == 'greeting-service' }.reported"))
                .isEqualTo(1);
        assertThat(accepted.getInt("services.find { it.service == 'greeting-service' }.records"))
                .as("the transcript and the conversation")
                .isGreaterThanOrEqualTo(3);

        given().header("Authorization", "Bearer " + chat.token())
                .when()
                .get("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(410)
                .body("code", equalTo("conversation_erased"));
        Number left = (Number) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select count(*) from transcript_item where conversation_id = cast(:c as uuid)")
                        .setParameter("c", chat.id())
                        .getSingleResult());
        assertThat(left.intValue()).as("nothing the customer said is kept").isZero();

        for (String topic : ROUTED) {
            String record = TopicProbe.await(topic, chat.id(), v -> v.contains("ErasureRequested"), WAIT)
                    .value();
            assertThat(Schemas.of(EventType.ErasureRequested)
                            .validate(EventJson.mapper().readTree(record)))
                    .isEmpty();
            Envelope request = EventJson.read(record);
            assertThat(((ErasureRequested) request.payload()).erasureId()).isEqualTo(erasureId);
            String service = topic.substring(Topics.ROUTED_PREFIX.length()) + "-service";
            // what the stage service answers once it has erased its part
            TopicProbe.send(
                    REPORTS_ON.get(topic),
                    chat.id(),
                    EventJson.write(
                            request.cause(null, Actor.system, service, new ErasureCompleted(erasureId, service, 2))));
        }
        await().atMost(WAIT)
                .untilAsserted(() -> given().when()
                        .get("/api/v1/admin/shops/demo/erasures/" + erasureId)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("complete"))
                        .body("services.find { it.service == 'order-service' }.records", equalTo(2)));
    }

    @Test
    void aSignedInCustomerIsErasedInEveryConversationAndOthersAreLeftAlone() {
        String customer = "buyer-" + UUID.randomUUID();
        Chat first = openAs(customer);
        Chat second = openAs(customer);
        Chat someoneElse = Chat.open("demo");
        first.say("在吗").statusCode(202);

        given().contentType(ContentType.JSON)
                .body(Map.of("customerId", customer))
                .when()
                .post("/api/v1/admin/shops/demo/erasures")
                .then()
                .statusCode(202)
                .body("conversations", equalTo(2));
        for (Chat erased : List.of(first, second)) {
            given().header("Authorization", "Bearer " + erased.token())
                    .when()
                    .get("/api/v1/conversations/" + erased.id() + "/messages")
                    .then()
                    .statusCode(410);
            String request = TopicProbe.await(
                            Topics.ROUTED_ORDER, erased.id(), v -> v.contains("ErasureRequested"), WAIT)
                    .value();
            assertThat(((ErasureRequested) EventJson.read(request).payload()).customerId())
                    .as("order-service anonymises the buyer's orders too")
                    .isEqualTo(customer);
        }
        assertThat(someoneElse.transcript()).isNotNull();

        String again = given().contentType(ContentType.JSON)
                .body(Map.of("customerId", customer))
                .when()
                .post("/api/v1/admin/shops/demo/erasures")
                .then()
                .statusCode(202)
                .body("conversations", equalTo(0))
                .body("services.find { it.service == 'order-service' }.of", equalTo(1))
                .extract()
                .path("erasureId");
        String buyer = UUID.nameUUIDFromBytes(("customer:demo:" + customer).getBytes(StandardCharsets.UTF_8))
                .toString();
        String request = TopicProbe.await(Topics.ROUTED_ORDER, buyer, v -> v.contains(again), WAIT)
                .value();
        assertThat(((ErasureRequested) EventJson.read(request).payload()).customerId())
                .as("the buyer's orders are erased even with no conversation left")
                .isEqualTo(customer);
    }

    @Test
    void conversationsOlderThanTheShopKeepsThemAreErasedByTheSweepAndNewerOnesAreNot() {
        Chat old = Chat.open("demo");
        old.say("你好").statusCode(202);
        old.awaitItems(2);
        Chat recent = Chat.open("demo");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update conversation set updated_at = :at where id = cast(:c as uuid)")
                        .setParameter("at", Instant.now().minus(366, ChronoUnit.DAYS))
                        .setParameter("c", old.id())
                        .executeUpdate());

        retention.sweep();

        given().header("Authorization", "Bearer " + old.token())
                .when()
                .get("/api/v1/conversations/" + old.id() + "/messages")
                .then()
                .statusCode(410);
        given().header("Authorization", "Bearer " + recent.token())
                .when()
                .get("/api/v1/conversations/" + recent.id() + "/messages")
                .then()
                .statusCode(200);
        String request = TopicProbe.await(Topics.ROUTED_AFTERSALES, old.id(), v -> v.contains("ErasureRequested"), WAIT)
                .value();
        assertThat(((ErasureRequested) EventJson.read(request).payload()).reason())
                .isEqualTo("retention");
        assertThat(given().when()
                        .get("/api/v1/admin/shops/demo/erasures")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("reason", String.class))
                .contains("retention");
    }

    @Test
    void aRequestThatNamesNobodyIsRefusedWithAReason() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "customerId", "a", "conversationId", UUID.randomUUID().toString()))
                .when()
                .post("/api/v1/admin/shops/demo/erasures")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_erasure"));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/api/v1/admin/shops/demo/erasures")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_erasure"));
        given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", UUID.randomUUID().toString()))
                .when()
                .post("/api/v1/admin/shops/demo/erasures")
                .then()
                .statusCode(404)
                .body("code", equalTo("conversation_not_found"));
        given().when()
                .get("/api/v1/admin/shops/demo/erasures/not-an-id")
                .then()
                .statusCode(404)
                .body("code", equalTo("erasure_not_found"));
        given().contentType(ContentType.JSON)
                .body(Map.of("customerId", "x"))
                .when()
                .post("/api/v1/admin/shops/nowhere/erasures")
                .then()
                .statusCode(404)
                .body("code", equalTo("shop_not_found"));
    }

    private static Chat openAs(String customerId) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "customerId", customerId))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Chat(body.getString("conversationId"), body.getString("token"));
    }
}
