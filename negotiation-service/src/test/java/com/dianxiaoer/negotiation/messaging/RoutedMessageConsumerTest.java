package com.dianxiaoer.negotiation.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.messaging.RoutedInbox;
import jakarta.inject.Inject;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "negotiation"))
class RoutedMessageConsumerTest {
    @Inject
    RoutedInbox inbox;

    @Test
    void aRoutedMessageIsStoredOnceAndAPoisonRecordDoesNotStopTheConsumer() throws Exception {
        String conversationId = UUID.randomUUID().toString();
        TopicProbe.send(Topics.routedTo(Stage.negotiation), conversationId, "{ not an envelope");
        Envelope routed = Envelope.of("demo", conversationId, null, Actor.customer, "greeting-service", null, null,
                new MessageRouted(UUID.randomUUID().toString(), 1, "这个怎么样", "other", 0.9, null, Stage.negotiation, "wool-coat", List.of()));
        TopicProbe.send(Topics.routedTo(Stage.negotiation), conversationId, EventJson.write(routed));
        TopicProbe.send(Topics.routedTo(Stage.negotiation), conversationId, EventJson.write(routed));
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.count(conversationId) == 1);
        Thread.sleep(1000);
        assertThat(inbox.count(conversationId)).isEqualTo(1);
        assertThat(inbox.takeIn(EventJson.write(routed))).as("a redelivery is recognised").isEmpty();
    }

    @Test
    void isReadyWhenItsDatabaseAndBrokerAre() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
