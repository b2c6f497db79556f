package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer's side of a conversation, for tests: open, say, and read the transcript. */
record Chat(String id, String token) {

    static Chat open(String shopId) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("shopId", shopId, "customerId", "visitor-" + UUID.randomUUID()))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Chat(body.getString("conversationId"), body.getString("token"));
    }

    ValidatableResponse say(String text) {
        return say(text, UUID.randomUUID().toString());
    }

    ValidatableResponse say(String text, String clientMessageId) {
        return given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token)
                .body(Map.of("text", text, "clientMessageId", clientMessageId))
                .when()
                .post("/api/v1/conversations/" + id + "/messages")
                .then();
    }

    List<Map<String, Object>> transcript() {
        return given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/conversations/" + id + "/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** Waits until the transcript has at least n items, and returns it. */
    List<Map<String, Object>> awaitItems(int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> transcript().size() >= n);
        return transcript();
    }
}
