package com.dianxiaoer.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The service on the real broker: the other services' events in, an outcome on conversation.outcomes out. */
@QuarkusTest
@QuarkusTestResource(LocalStackTestResource.class)
class InsightsServiceTest {

    @Test
    void aConversationsOutcomeReachesItsTopicOnceItGoesQuiet() throws Exception {
        String conversation = UUID.randomUUID().toString();
        Envelope opened = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new ConversationOpened("visitor-1", "zh-CN", null));
        Envelope asked =
                opened.cause(1L, Actor.customer, "greeting-service", new CustomerMessageReceived("m1", null, "有货吗"));
        Envelope answered =
                asked.cause(2L, Actor.bot, "greeting-service", new BotReplied("有的亲", "stock", List.of(), "m1"));
        TopicProbe.send(Topics.CONVERSATION_EVENTS, conversation, EventJson.write(opened));
        TopicProbe.send(Topics.CONVERSATION_EVENTS, conversation, EventJson.write(asked));
        TopicProbe.send(Topics.REPLIES, conversation, EventJson.write(answered));
        // the same event again, as a producer retrying would send it
        TopicProbe.send(Topics.REPLIES, conversation, EventJson.write(answered));

        String published = TopicProbe.await(
                        Topics.CONVERSATION_OUTCOMES, conversation, v -> true, Duration.ofSeconds(60))
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
        String resolved = UUID.randomUUID().toString();
        String unanswered = UUID.randomUUID().toString();
        Envelope opened = Envelope.of(
                shop,
                resolved,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new ConversationOpened("visitor-1", "zh-CN", null));
        Envelope asked =
                opened.cause(1L, Actor.customer, "greeting-service", new CustomerMessageReceived("m1", null, "在吗"));
        TopicProbe.send(Topics.CONVERSATION_EVENTS, resolved, EventJson.write(opened));
        TopicProbe.send(Topics.CONVERSATION_EVENTS, resolved, EventJson.write(asked));
        TopicProbe.send(
                Topics.REPLIES,
                resolved,
                EventJson.write(asked.cause(
                        2L, Actor.bot, "greeting-service", new BotReplied("在的", "greeting", List.of(), "m1"))));
        Envelope other = Envelope.of(
                shop,
                unanswered,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new ConversationOpened("visitor-2", "zh-CN", null));
        TopicProbe.send(Topics.CONVERSATION_EVENTS, unanswered, EventJson.write(other));
        TopicProbe.send(
                Topics.CONVERSATION_EVENTS,
                unanswered,
                EventJson.write(other.cause(
                        1L, Actor.customer, "greeting-service", new CustomerMessageReceived("m1", null, "人呢"))));

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
                .body("[0].conversationId", equalTo(unanswered))
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
}
