package com.dianxiaoer.order.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.localstack.LocalStackTestResource;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With an ops key set, only the shop's own systems (which know it) report orders or change the rules. */
@QuarkusTest
@TestProfile(OpsKeyTest.WithKey.class)
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "order"))
class OpsKeyTest {
    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "dianxiaoer.ops.api-key",
                    "order-system-key",
                    "dianxiaoer.workbench.sessions-url",
                    "http://localhost:" + WORKBENCH.getAddress().getPort());
        }
    }

    /** greeting-service's answer to "whose session is this?", for three sessions: demo's admin and agent, another shop's admin. */
    static final HttpServer WORKBENCH = workbench();

    private static HttpServer workbench() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v1/agent/me", exchange -> {
                String who = switch (String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    case "Bearer demo-admin" -> "{\"shopId\":\"demo\",\"role\":\"shop_admin\"}";
                    case "Bearer demo-agent" -> "{\"shopId\":\"demo\",\"role\":\"agent\"}";
                    case "Bearer other-admin" -> "{\"shopId\":\"other\",\"role\":\"shop_admin\"}";
                    case "Bearer while-failing" -> "failing";
                    default -> null;
                };
                if ("failing".equals(who)) {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                    return;
                }
                byte[] body = (who == null ? "{\"code\":\"not_signed_in\"}" : who).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(who == null ? 401 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aShopsAdminSignedInToTheWorkbenchManagesThatShopsRulesOnly() {
        given().header("Authorization", "Bearer demo-admin")
                .get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer demo-agent")
                .get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer other-admin")
                .get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer nobody")
                .get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(401);
        // greeting-service failing is not "signed out": the page keeps its session and tries again
        given().header("Authorization", "Bearer while-failing")
                .get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(503)
                .body("code", equalTo("sessions_unavailable"));
    }

    @Test
    void theOrderSystemsApiNeedsTheKey() {
        String orderId = "TB" + System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(OrderApiTest.newOrder(orderId, UUID.randomUUID().toString(), 1))
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_api_key"));
        given().header("X-Api-Key", "wrong")
                .get("/api/v1/admin/shops/demo/order-rules")
                .then()
                .statusCode(401);
        given().header("X-Api-Key", "order-system-key")
                .contentType(ContentType.JSON)
                .body(OrderApiTest.newOrder(orderId, UUID.randomUUID().toString(), 1))
                .post("/api/v1/shops/demo/orders")
                .then()
                .statusCode(201);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
