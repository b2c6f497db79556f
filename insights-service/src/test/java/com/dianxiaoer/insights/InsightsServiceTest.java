package com.dianxiaoer.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.insights.messaging.Script;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The service on the real broker: the other services' events in, an outcome on conversation.outcomes out. */
@QuarkusTest
@QuarkusTestResource(LocalStackTestResource.class)
class InsightsServiceTest {

    @Test
    void aConversationsOutcomeReachesItsTopicOnceItGoesQuiet() throws Exception {
        Script chat = new Script("demo", Instant.now().minusSeconds(10));
        Envelope answered = chat.answered(2, "greeting-service", "stock", "m1");
        publish(
                chat.opened("visitor-1", null),
                chat.said(1, "m1", "有货吗"),
                answered,
                // the same event again, as a producer retrying would send it
                answered);

        String published = TopicProbe.await(
                        Topics.CONVERSATION_OUTCOMES, chat.conversationId, v -> true, Duration.ofSeconds(60))
                .value();
        ConversationOutcome outcome = EventJson.mapper().readValue(published, ConversationOutcome.class);
        assertThat(outcome.shopId()).isEqualTo("demo");
        assertThat(outcome.customerMessages()).isEqualTo(1);
        assertThat(outcome.replyLatency().answers()).isEqualTo(1);
        assertThat(outcome.askedProductQuestion()).isTrue();
        assertThat(outcome.botResolved()).isTrue();
    }

    @Test
    void aShopOwnerReadsTheFiguresAndTheConversationsThatEndedBadly() {
        String shop = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minusSeconds(10);
        Script resolved = new Script(shop, start);
        publish(
                resolved.opened("visitor-1", null),
                resolved.said(1, "m1", "在吗"),
                resolved.answered(2, "greeting-service", "greeting", "m1"));
        Script unanswered = new Script(shop, start);
        publish(unanswered.opened("visitor-2", null), unanswered.said(1, "m1", "人呢"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().queryParam("period", "hour")
                        .when()
                        .get("/api/v1/admin/shops/{shop}/insights/figures", shop)
                        .then()
                        .statusCode(200)
                        .body("[0].conversations", equalTo(2))
                        .body("[0].botResolved", equalTo(1))
                        .body("[0].resolutionRate", equalTo(0.5f)));
        given().when()
                .get("/api/v1/admin/shops/{shop}/insights/conversations", shop)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].conversationId", equalTo(unanswered.conversationId))
                .body("[0].unresolvedBecause", equalTo(List.of("unanswered")));
    }

    @Test
    void aWrongQuestionGetsAClearAnswer() {
        given().queryParam("period", "week")
                .when()
                .get("/api/v1/admin/shops/demo/insights/figures")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_period"));
        given().queryParam("from", "yesterday")
                .when()
                .get("/api/v1/admin/shops/demo/insights/figures")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_from"));
        given().when()
                .get("/api/v1/admin/shops/Not A Shop/insights/conversations")
                .then()
                .statusCode(400);
    }

    @Test
    void readinessHasTheStreams() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** To the topics the services that publish such events write them to, keyed by conversation. */
    private static void publish(Envelope... events) {
        for (Envelope e : events) {
            TopicProbe.send(Script.topicOf(e), e.conversationId(), EventJson.write(e));
        }
    }
}
