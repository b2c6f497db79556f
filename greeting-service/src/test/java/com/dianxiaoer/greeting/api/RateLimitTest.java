package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A flood is answered 429 with how long to wait; a customer's own pace never is; the limits are the shop's. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class RateLimitTest {

    @Test
    void aConversationThatSendsTooFastIsToldToWaitAndThenAccepted() throws Exception {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "限流测试店",
                        "agentName",
                        "小美",
                        "agentNumber",
                        "001",
                        "couriers",
                        List.of("顺丰"),
                        "rateLimits",
                        Map.of("perConversation", 3, "perClientAddress", 1000, "perShop", 100000)))
                .put("/api/v1/admin/shops/rl-shop")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("rateLimits.perConversation", equalTo(3));
        Chat chat = Chat.open("rl-shop");
        for (int i = 0; i < 3; i++) {
            chat.say("消息" + i).statusCode(202);
        }
        Response refused = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + chat.token())
                .body(Map.of("text", "第四条", "clientMessageId", "fourth"))
                .post("/api/v1/conversations/" + chat.id() + "/messages");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("code")).isEqualTo("rate_limited");
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(1L, 60L);

        Thread.sleep(wait * 1000 + 200);
        chat.say("第四条", "fourth").statusCode(202).body("duplicate", org.hamcrest.Matchers.not(equalTo(true)));
        assertThat(chat.transcript().stream()
                        .filter(i -> "第四条".equals(i.get("text")))
                        .count())
                .as("the refused message was not stored; the retry was, once")
                .isEqualTo(1);

        Chat other = Chat.open("rl-shop");
        other.say("另一个顾客").statusCode(202);
    }
}
