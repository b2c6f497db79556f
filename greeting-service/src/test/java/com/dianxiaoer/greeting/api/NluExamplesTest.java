package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shop teaches the classifier its customers' own phrases; they count at once, for that shop only. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class NluExamplesTest {
    @Inject
    AgroalDataSource dataSource;

    private static String intentOf(String shopId, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "shopId", shopId))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .extract()
                .path("intent");
    }

    @Test
    void aTaughtPhraseIsReadForThatShopOnlyAndWithoutARestart() {
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "text", "芝麻开门"))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .body("intent", not(equalTo("human_agent")));
        given().contentType(ContentType.JSON)
                .body(Map.of("human_agent", List.of("芝麻开门", "芝麻芝麻开开门")))
                .when()
                .put("/api/v1/admin/shops/demo/nlu-examples")
                .then()
                .statusCode(200)
                .body("human_agent[0]", equalTo("芝麻开门"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "芝麻开门", "shopId", "demo"))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .body("intent", equalTo("human_agent"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "芝麻开门", "shopId", "another-shop"))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .body("intent", not(equalTo("human_agent")));
        given().when()
                .get("/api/v1/admin/shops/demo/nlu-examples")
                .then()
                .statusCode(200)
                .body("human_agent.size()", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .put("/api/v1/admin/shops/demo/nlu-examples")
                .then()
                .statusCode(200);
    }

    @Test
    void aChangeMadeThroughAnotherReplicaIsTaughtHereToo() throws Exception {
        assertThat(intentOf("demo", "阿里巴巴开门")).isNotEqualTo("human_agent");
        // Another replica wrote the examples and bumped the version: this one has not been told in any other way.
        try (Connection db = dataSource.getConnection()) {
            try (var insert = db.prepareStatement(
                    "insert into shop_example (shop_id, intent, text) values ('demo', 'human_agent', ?)")) {
                insert.setString(1, "阿里巴巴开门");
                insert.executeUpdate();
            }
            db.createStatement()
                    .executeUpdate("insert into shop_example_version (shop_id, version) values ('demo', 1)"
                            + " on conflict (shop_id) do update set version = shop_example_version.version + 1");
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> "human_agent".equals(intentOf("demo", "阿里巴巴开门")));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .put("/api/v1/admin/shops/demo/nlu-examples")
                .then()
                .statusCode(200);
        assertThat(intentOf("demo", "阿里巴巴开门")).isNotEqualTo("human_agent");
    }

    @Test
    void badExamplesAreRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("haggle", List.of("便宜点")))
                .when()
                .put("/api/v1/admin/shops/demo/nlu-examples")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_intent"));
        given().contentType(ContentType.JSON)
                .body(Map.of("bargain", List.of(" ")))
                .when()
                .put("/api/v1/admin/shops/demo/nlu-examples")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_example"));
        given().contentType(ContentType.JSON)
                .body(Map.of("bargain", List.of("便宜点")))
                .when()
                .put("/api/v1/admin/shops/nope/nlu-examples")
                .then()
                .statusCode(404)
                .body("code", equalTo("shop_not_found"));
    }
}
