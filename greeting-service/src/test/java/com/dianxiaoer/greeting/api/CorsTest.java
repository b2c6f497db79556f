package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS per shop: only the shop's allowed origins may call its chat API and catalogue from a browser. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class CorsTest {
    static final String DEMO_PAGE = "http://localhost:8080";
    static final String STRANGER = "https://evil.example.com";

    @TestHTTPResource("/")
    URI base;

    @Test
    void theDemoShopAllowsTheLocalDemoPage() {
        given().when()
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(200)
                .body("allowedOrigins", equalTo(List.of("http://localhost:8080", "http://127.0.0.1:8080")));
    }

    @Test
    void preflightIsAnsweredForAllowedOriginsOnly() {
        given().header("Origin", DEMO_PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when()
                .options("/api/v1/conversations")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", DEMO_PAGE)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", STRANGER)
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/conversations")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("code", equalTo("origin_not_allowed"));

        Chat chat = Chat.open("demo");
        given().header("Origin", DEMO_PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when()
                .options("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", DEMO_PAGE);
        given().header("Origin", STRANGER)
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(403);
    }

    @Test
    void responsesCarryTheAllowHeaderForTheShopsOriginsOnly() throws Exception {
        given().header("Origin", DEMO_PAGE)
                .when()
                .get("/api/v1/shops/demo/products")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DEMO_PAGE)
                .header("Vary", containsString("Origin"));
        given().header("Origin", STRANGER)
                .when()
                .get("/api/v1/shops/demo/products")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());

        String opened = given().header("Origin", DEMO_PAGE)
                .contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo"))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", DEMO_PAGE)
                .extract()
                .asString();
        given().header("Origin", STRANGER)
                .contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo"))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", nullValue());
        assertThat(opened).contains("token");

        Chat chat = Chat.open("demo");
        given().header("Origin", DEMO_PAGE)
                .header("Authorization", "Bearer " + chat.token())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "在吗", "clientMessageId", "cors-1"))
                .when()
                .post("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(202)
                .header("Access-Control-Allow-Origin", DEMO_PAGE);

        // The stream (SSE, ?token= as an EventSource sends it) carries the header as well.
        HttpRequest stream = HttpRequest.newBuilder(
                        base.resolve("/api/v1/conversations/" + chat.id() + "/stream?token=" + chat.token()))
                .header("Accept", "text/event-stream")
                .header("Origin", DEMO_PAGE)
                .GET()
                .build();
        HttpResponse<InputStream> response = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(stream, HttpResponse.BodyHandlers.ofInputStream());
        try {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(DEMO_PAGE);
        } finally {
            response.body().close();
        }
    }

    @Test
    void allowedOriginsAreSetAndValidatedInTheAdminApi() {
        Map<String, Object> shop = Map.of(
                "name",
                "跨域小铺",
                "agentName",
                "阿福",
                "agentNumber",
                "021",
                "couriers",
                List.of("中通"),
                "allowedOrigins",
                List.of("https://kuayu.example.com", "http://localhost:3000"));
        given().contentType(ContentType.JSON)
                .body(shop)
                .when()
                .put("/api/v1/admin/shops/kuayu")
                .then()
                .statusCode(201)
                .body("allowedOrigins[0]", equalTo("https://kuayu.example.com"));
        given().header("Origin", "https://kuayu.example.com")
                .when()
                .get("/api/v1/shops/kuayu")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://kuayu.example.com");
        given().header("Origin", DEMO_PAGE)
                .when()
                .get("/api/v1/shops/kuayu")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());

        // Without the field the origins stay as they are.
        Map<String, Object> renamed =
                Map.of("name", "跨域小铺二店", "agentName", "阿福", "agentNumber", "021", "couriers", List.of("中通"));
        given().contentType(ContentType.JSON)
                .body(renamed)
                .when()
                .put("/api/v1/admin/shops/kuayu")
                .then()
                .statusCode(200)
                .body("allowedOrigins[1]", equalTo("http://localhost:3000"));

        Map<String, Object> bad = Map.of(
                "name",
                "跨域小铺",
                "agentName",
                "阿福",
                "agentNumber",
                "021",
                "couriers",
                List.of("中通"),
                "allowedOrigins",
                List.of("https://kuayu.example.com/shop", "*"));
        given().contentType(ContentType.JSON)
                .body(bad)
                .when()
                .put("/api/v1/admin/shops/kuayu")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", containsString("allowedOrigins"));
        given().when()
                .get("/api/v1/admin/shops/kuayu")
                .then()
                .statusCode(200)
                .body("allowedOrigins", equalTo(List.of("https://kuayu.example.com", "http://localhost:3000")));
    }
}
