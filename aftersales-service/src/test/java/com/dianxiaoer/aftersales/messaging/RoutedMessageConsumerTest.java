package com.dianxiaoer.aftersales.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.messaging.RoutedInbox;
import jakarta.inject.Inject;
import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "aftersales"))
class RoutedMessageConsumerTest {
    @Inject
    RoutedInbox inbox;

    private static void send(String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.routedTo(Stage.aftersales), key, value)).get();
        }
    }

    @Test
    void aRoutedMessageIsStoredOnceAndAPoisonRecordDoesNotStopTheConsumer() throws Exception {
        String conversationId = UUID.randomUUID().toString();
        send(conversationId, "{ not an envelope");
        Envelope routed = Envelope.of("demo", conversationId, null, Actor.customer, "greeting-service", null, null,
                new MessageRouted(UUID.randomUUID().toString(), 1, "这个怎么样", "other", 0.9, null, Stage.aftersales, "wool-coat", List.of()));
        send(conversationId, EventJson.write(routed));
        send(conversationId, EventJson.write(routed));
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
