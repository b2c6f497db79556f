package com.dianxiaoer.order.api;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With an ops key set, only the shop's own systems (which know it) report orders or change the rules. */
@QuarkusTest
@TestProfile(OpsKeyTest.WithKey.class)
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "order"))
class OpsKeyTest {
    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dianxiaoer.ops.api-key", "order-system-key");
        }
    }

    @Test
    void theOrderSystemsApiNeedsTheKey() {
        String orderId = "TB" + System.nanoTime();
        given().contentType(ContentType.JSON).body(OrderApiTest.newOrder(orderId, UUID.randomUUID().toString(), 1))
                .post("/api/v1/shops/demo/orders").then().statusCode(401).body("code", equalTo("invalid_api_key"));
        given().header("X-Api-Key", "wrong").get("/api/v1/admin/shops/demo/order-rules").then().statusCode(401);
        given().header("X-Api-Key", "order-system-key").contentType(ContentType.JSON)
                .body(OrderApiTest.newOrder(orderId, UUID.randomUUID().toString(), 1))
                .post("/api/v1/shops/demo/orders").then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
