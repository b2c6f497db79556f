package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chat API's contract: status codes, field names, error codes, and that a refusal stores nothing. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class ChatApiTest {

    @Test
    void openingAConversationReturnsItsIdAndAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "locale", "zh-CN"))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/conversations/[0-9a-f-]{36}"))
                .body("conversationId", matchesPattern("[0-9a-f-]{36}"))
                .body("token", matchesPattern("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void anUnknownShopIsRefusedWithACode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "no-such-shop"))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(404)
                .body("code", equalTo("shop_not_found"))
                .body("message", notNullValue());
    }

    @Test
    void aMissingShopIdOrABadLocaleIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("locale", "zh-CN"))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "locale", "<script>"))
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
    }

    @Test
    void brokenJsonAndAWrongContentTypeAreRefusedWithCodes() {
        given().contentType(ContentType.JSON)
                .body("{\"shopId\": ")
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_json"));
        given().contentType(ContentType.TEXT)
                .body("shopId=demo")
                .when()
                .post("/api/v1/conversations")
                .then()
                .statusCode(415)
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void aMessageIsAcceptedWithItsSequenceNumber() {
        Chat chat = Chat.open("demo");
        chat.say("在吗").statusCode(202).body("seq", equalTo(1)).body("messageId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theSameClientMessageIdTwiceStoresOneMessage() {
        Chat chat = Chat.open("demo");
        String clientMessageId = UUID.randomUUID().toString();
        String first =
                chat.say("有货吗", clientMessageId).statusCode(202).extract().path("messageId");
        chat.say("有货吗", clientMessageId)
                .statusCode(202)
                .body("messageId", equalTo(first))
                .body("duplicate", equalTo(true));
        assertThat(chat.awaitItems(2).stream().filter(i -> "customer".equals(i.get("role"))))
                .hasSize(1);
    }

    @Test
    void badMessagesAreRefusedWithCodesAndNothingIsStored() {
        Chat chat = Chat.open("demo");
        chat.say("   ").statusCode(400).body("code", equalTo("empty_message"));
        chat.say("好".repeat(2001)).statusCode(400).body("code", equalTo("message_too_long"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + chat.token())
                .body(Map.of("text", 12345))
                .when()
                .post("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_json"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + chat.token())
                .body(Map.of("text", Map.of("html", "<b>hi</b>")))
                .when()
                .post("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_json"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + chat.token())
                .when()
                .post("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        assertThat(chat.transcript()).isEmpty();
    }

    @Test
    void aWrongOrMissingTokenIsRefusedAndStoresNothing() {
        Chat chat = Chat.open("demo");
        Chat other = Chat.open("demo");
        new Chat(chat.id(), other.token()).say("在吗").statusCode(401).body("code", equalTo("invalid_token"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "在吗"))
                .when()
                .post("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_token"));
        given().when()
                .get("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_token"));
        assertThat(chat.transcript()).isEmpty();
    }

    @Test
    void anUnknownConversationIsNotFound() {
        Chat chat = Chat.open("demo");
        new Chat(UUID.randomUUID().toString(), chat.token())
                .say("在吗")
                .statusCode(404)
                .body("code", equalTo("conversation_not_found"));
        new Chat("not-a-uuid", chat.token()).say("在吗").statusCode(404).body("code", equalTo("conversation_not_found"));
    }

    @Test
    void aBadResumePointIsRefused() {
        Chat chat = Chat.open("demo");
        given().header("Authorization", "Bearer " + chat.token())
                .queryParam("after", "abc")
                .when()
                .get("/api/v1/conversations/" + chat.id() + "/messages")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_sequence"));
    }

    @Test
    void classifyReadsIntentAndEntities() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "100块卖不卖", "shopId", "demo"))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .body("intent", equalTo("bargain"))
                .body("confidence", notNullValue())
                .body("alternatives", notNullValue())
                .body("entities", hasSize(1))
                .body("entities[0].type", equalTo("amount"))
                .body("entities[0].value", equalTo("100"))
                .body("entities[0].text", equalTo("100块"))
                .body("$", not(hasKey("complaintCategory")));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "刚买完就降了二十块 退我钱"))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .body("intent", equalTo("return_refund"))
                .body("complaintCategory", equalTo("price_drop"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", ""))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
    }

    @Test
    void classifyReadsABareAnswerInItsContext() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "安徽合肥蜀山区",
                        "shopId",
                        "demo",
                        "context",
                        Map.of("stage", "order", "lastRequest", "address_change", "previousTurn", "好的亲，请问新的收货地址是哪里呢？")))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(200)
                .body("intent", equalTo("address_change"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "好的", "context", Map.of("stage", "warehouse")))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "好的", "context", Map.of("lastRequest", "haggle")))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_intent"));
    }

    @Test
    void theShopsCatalogueIsPublic() {
        given().when()
                .get("/api/v1/shops/demo/products")
                .then()
                .statusCode(200)
                .body("$", hasSize(10))
                .body("find { it.id == 'wool-coat' }.price", equalTo(899.0f));
        given().when()
                .get("/api/v1/shops/nope/products")
                .then()
                .statusCode(404)
                .body("code", equalTo("shop_not_found"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
