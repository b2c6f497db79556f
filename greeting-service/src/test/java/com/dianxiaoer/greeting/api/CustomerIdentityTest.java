package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.greeting.domain.CustomerIdentity;
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
import org.junit.jupiter.api.Test;

/** The shop's page vouches for a signed-in customer; only then does the customer's id reach the stages that guard orders. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class CustomerIdentityTest {
    private static final String SHOP = "id-shop";
    private static final String SECRET = "id-shop-secret-0123456789";

    private static void shopWithSecret() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "身份测试店",
                        "agentName",
                        "小美",
                        "agentNumber",
                        "001",
                        "couriers",
                        List.of("顺丰"),
                        "identitySecret",
                        SECRET))
                .put("/api/v1/admin/shops/" + SHOP)
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("$", not(hasKey("identitySecret")));
    }

    private static io.restassured.response.ValidatableResponse open(String customerId, String signature) {
        Map<String, Object> body = new HashMap<>(Map.of("shopId", SHOP, "customerId", customerId));
        if (signature != null) {
            body.put("customerSignature", signature);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/conversations")
                .then();
    }

    @Test
    void aSignedInCustomerIsVouchedForAndAForgedSignatureIsRefused() {
        shopWithSecret();
        var opened = open("buyer-7", CustomerIdentity.sign(SECRET, "buyer-7"))
                .statusCode(201)
                .extract()
                .jsonPath();
        Chat buyer = new Chat(opened.getString("conversationId"), opened.getString("token"));
        buyer.say("我的订单什么时候发货").statusCode(202);
        String routed = TopicProbe.await(Topics.ROUTED_ORDER, buyer.id(), v -> true, Duration.ofSeconds(20))
                .value();
        assertThat(((MessageRouted) EventJson.read(routed).payload()).customerId())
                .isEqualTo("buyer-7");

        open("buyer-7", CustomerIdentity.sign("another-secret-0000000", "buyer-7"))
                .statusCode(401)
                .body("code", equalTo("invalid_customer_signature"));
        open("buyer-8", CustomerIdentity.sign(SECRET, "buyer-7"))
                .statusCode(401)
                .body("code", equalTo("invalid_customer_signature"));
        given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "customerId", "buyer-7", "customerSignature", "00"))
                .post("/api/v1/conversations")
                .then()
                .statusCode(401);

        Chat visitor = Chat.open(SHOP);
        visitor.say("我的订单什么时候发货").statusCode(202);
        String anonymous = TopicProbe.await(Topics.ROUTED_ORDER, visitor.id(), v -> true, Duration.ofSeconds(20))
                .value();
        assertThat(((MessageRouted) EventJson.read(anonymous).payload()).customerId())
                .as("a visitor's label is not an identity")
                .isNull();
        assertThat(UUID.fromString(visitor.id())).isNotNull();
    }
}
