package com.dianxiaoer.greeting.api;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A shop teaches the classifier its customers' own phrases; they count at once, for that shop only. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "greeting"))
class NluExamplesTest {

    private static String intentOf(String shopId, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "shopId", shopId))
                .when().post("/api/v1/nlu/classify").then().statusCode(200).extract().path("intent");
    }

    @Test
    void aTaughtPhraseIsReadForThatShopOnlyAndWithoutARestart() {
        given().contentType(ContentType.JSON).body(Map.of("shopId", "demo", "text", "芝麻开门")).when().post("/api/v1/nlu/classify")
                .then().statusCode(200).body("intent", not(equalTo("human_agent")));
        given().contentType(ContentType.JSON).body(Map.of("human_agent", List.of("芝麻开门", "芝麻芝麻开开门")))
                .when().put("/api/v1/admin/shops/demo/nlu-examples")
                .then().statusCode(200).body("human_agent[0]", equalTo("芝麻开门"));
        given().contentType(ContentType.JSON).body(Map.of("text", "芝麻开门", "shopId", "demo")).when().post("/api/v1/nlu/classify")
                .then().statusCode(200).body("intent", equalTo("human_agent"));
        given().contentType(ContentType.JSON).body(Map.of("text", "芝麻开门", "shopId", "another-shop")).when().post("/api/v1/nlu/classify")
                .then().statusCode(200).body("intent", not(equalTo("human_agent")));
        given().when().get("/api/v1/admin/shops/demo/nlu-examples").then().statusCode(200).body("human_agent.size()", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of()).when().put("/api/v1/admin/shops/demo/nlu-examples").then().statusCode(200);
    }

    @Test
    void badExamplesAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("haggle", List.of("便宜点")))
                .when().put("/api/v1/admin/shops/demo/nlu-examples")
                .then().statusCode(400).body("code", equalTo("invalid_intent"));
        given().contentType(ContentType.JSON).body(Map.of("bargain", List.of(" ")))
                .when().put("/api/v1/admin/shops/demo/nlu-examples")
                .then().statusCode(400).body("code", equalTo("invalid_example"));
        given().contentType(ContentType.JSON).body(Map.of("bargain", List.of("便宜点")))
                .when().put("/api/v1/admin/shops/nope/nlu-examples")
                .then().statusCode(404).body("code", equalTo("shop_not_found"));
    }
}
