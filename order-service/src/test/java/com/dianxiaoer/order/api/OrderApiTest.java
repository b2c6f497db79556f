package com.dianxiaoer.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The shop's order system reporting orders: idempotent, life cycle enforced, every change an event. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "order"))
public class OrderApiTest {

    public static Map<String, Object> newOrder(String orderId, String conversationId, int version) {
        return Map.of(
                "orderId",
                orderId,
                "conversationId",
                conversationId,
                "version",
                version,
                "lines",
                List.of(Map.of("productId", "wool-coat", "name", "羊毛双面呢大衣", "quantity", 1, "unitPrice", 869)),
                "total",
                869,
                "receiver",
                Map.of("name", "张小明", "phone", "138-1234-5678", "address", "浙江省杭州市西湖区文三路100号"));
    }

    static void create(String orderId, String conversationId) {
        given().contentType(ContentType.JSON)
                .body(newOrder(orderId, conversationId, 1))
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(201);
    }

    static void move(String orderId, Map<String, Object> change, int status) {
        given().contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(status);
    }

    @Test
    void anOrderIsCreatedOnceAndEveryReportIsAnEventWithItsSchema() throws Exception {
        String orderId = "TB" + System.nanoTime();
        String conversation = UUID.randomUUID().toString();
        create(orderId, conversation);
        given().contentType(ContentType.JSON)
                .body(newOrder(orderId, conversation, 1))
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(200)
                .body("status", equalTo("created"));
        given().contentType(ContentType.JSON)
                .body(newOrder(orderId, conversation, 2))
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(409)
                .body("code", equalTo("order_exists"));

        move(orderId, Map.of("status", "paid", "version", 2), 200);
        move(orderId, Map.of("status", "paid", "version", 2), 200); // the same report again: nothing new
        move(orderId, Map.of("status", "shipped", "version", 3, "courier", "韵达", "waybillNumber", "YD1234567890"), 200);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "courier",
                        "韵达",
                        "waybillNumber",
                        "YD1234567890",
                        "status",
                        "已揽收",
                        "place",
                        "杭州",
                        "at",
                        "2026-11-24T10:00:00Z"))
                .post("/api/v1/shops/demo/orders/" + orderId + "/tracking")
                .then()
                .statusCode(201);

        List<ConsumerRecord<String, String>> events = TopicProbe.awaitAll(
                Topics.ORDER_EVENTS, conversation, v -> v.contains(orderId), 4, Duration.ofSeconds(20));
        List<String> changes = events.stream()
                .map(r -> ((OrderChanged) EventJson.read(r.value()).payload()).change())
                .toList();
        assertThat(changes).containsExactly("created", "status", "status", "tracking");
        for (ConsumerRecord<String, String> r : events) {
            assertThat(r.key()).isEqualTo(conversation);
            assertThat(Schemas.of(EventType.OrderChanged)
                            .validate(EventJson.mapper().readTree(r.value())))
                    .isEmpty();
            assertThat(r.value()).as("no personal data on the stream").doesNotContain("13812345678", "文三路", "张小明");
        }
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo("shipped"))
                .body("tracking.status", hasItem("已揽收"));
    }

    @Test
    void theLifeCycleCannotBeSkippedOrRewound() {
        String orderId = "TB" + System.nanoTime();
        create(orderId, UUID.randomUUID().toString());
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "delivered", "version", 2))
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(409)
                .body("code", equalTo("illegal_transition"))
                .body("message", containsString("created"));
        move(orderId, Map.of("status", "paid", "version", 3), 200);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "cancelled", "version", 2))
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(409)
                .body("code", equalTo("stale_version"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "shipped", "version", 4))
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        given().contentType(ContentType.JSON)
                .body(Map.of("courier", "韵达", "waybillNumber", "YD1", "status", "已揽收", "at", "2026-11-24T10:00:00Z"))
                .post("/api/v1/shops/demo/orders/" + orderId + "/tracking")
                .then()
                .statusCode(409)
                .body("code", equalTo("not_shipped"));
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .body("status", equalTo("paid"))
                .body("version", equalTo(3));
    }

    @Test
    void badReportsAreRefusedWithACodeAndStoreNothing() {
        String orderId = "TB" + System.nanoTime();
        Map<String, Object> badPhone =
                new HashMap<>(newOrder(orderId, UUID.randomUUID().toString(), 1));
        badPhone.put("receiver", Map.of("name", "张小明", "phone", "call me", "address", "浙江省杭州市西湖区文三路100号"));
        given().contentType(ContentType.JSON)
                .body(badPhone)
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", containsString("phone"));
        Map<String, Object> noLines =
                new HashMap<>(newOrder(orderId, UUID.randomUUID().toString(), 1));
        noLines.put("lines", List.of());
        given().contentType(ContentType.JSON)
                .body(noLines)
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"status\": \"teleported\", \"version\": 2}")
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(400);
        given().get("/api/v1/shops/demo/orders/" + orderId)
                .then()
                .statusCode(404)
                .body("code", equalTo("order_not_found"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "paid", "version", 2))
                .put("/api/v1/shops/demo/orders/" + orderId + "/status")
                .then()
                .statusCode(404)
                .body("code", equalTo("order_not_found"));
    }

    @Test
    void theShopsOrderRulesAreValidated() {
        given().get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(200)
                .body("cutoff", org.hamcrest.Matchers.startsWith("16:00"))
                .body("couriers", hasItem("韵达"));
        Map<String, Object> rules = new HashMap<>(Map.of(
                "zone",
                "Asia/Shanghai",
                "cutoff",
                "17:00",
                "workingDays",
                List.of("MONDAY"),
                "couriers",
                List.of("中通"),
                "usualDeliveryDays",
                4,
                "quietFrom",
                "23:00",
                "quietUntil",
                "07:30",
                "remindAfter",
                "PT1H",
                "invoicePolicy",
                "可开电子发票"));
        given().contentType(ContentType.JSON)
                .body(rules)
                .put("/api/v1/admin/shops/rules-test/order-rules")
                .then()
                .statusCode(201);
        rules.put("zone", "Mars/Olympus");
        given().contentType(ContentType.JSON)
                .body(rules)
                .put("/api/v1/admin/shops/rules-test/order-rules")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_rules"));
        rules.put("zone", "Asia/Shanghai");
        rules.put("remindAfter", "PT0S");
        given().contentType(ContentType.JSON)
                .body(rules)
                .put("/api/v1/admin/shops/rules-test/order-rules")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_rules"))
                .body("message", containsString("remindAfter"));
        given().get("/api/v1/admin/shops/rules-test/order-rules")
                .then()
                .body("cutoff", org.hamcrest.Matchers.startsWith("17:00"));
    }
}
