package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every stage service owes the rest of the system, tested once and run in each of them (a {@code @QuarkusTest}
 * subclass on the service's own database): every routed message is stored once and poison does not stop the
 * consumer; readiness has the database and every Kafka channel, liveness has neither; consumer lag is a metric and
 * the OpenAPI document is published under the service's name.
 */
public abstract class StageServiceContract {

    /** The stage whose routed topic the service reads. */
    protected abstract Stage stage();

    /** Every messaging channel of the service (incoming and outgoing). */
    protected abstract List<String> channels();

    /** The OpenAPI document's title. */
    protected abstract String openApiTitle();

    @Test
    void aRoutedMessageIsStoredOnceAndAPoisonRecordDoesNotStopTheConsumer() throws Exception {
        RoutedInbox inbox = Arc.container().instance(RoutedInbox.class).get();
        String conversationId = UUID.randomUUID().toString();
        TopicProbe.send(Topics.routedTo(stage()), conversationId, "{ not an envelope");
        Envelope routed = Envelope.of("demo", conversationId, null, Actor.customer, "greeting-service", null, null,
                new MessageRouted(UUID.randomUUID().toString(), 1, "这个怎么样", "other", 0.9, null, stage(), "wool-coat", List.of()));
        TopicProbe.send(Topics.routedTo(stage()), conversationId, EventJson.write(routed));
        TopicProbe.send(Topics.routedTo(stage()), conversationId, EventJson.write(routed));
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.count(conversationId) == 1);
        Thread.sleep(1000);
        assertThat(inbox.count(conversationId)).isEqualTo(1);
        assertThat(inbox.takeIn(EventJson.write(routed))).as("a redelivery is recognised").isEmpty();
    }

    @Test
    void readinessHasTheDatabaseAndKafkaAndLivenessHasNeither() {
        JsonPath ready = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("status")).isEqualTo("UP");
        List<String> checks = ready.getList("checks.name");
        assertThat(checks).anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        Map<String, Object> inReadiness = ready.getMap("checks.find { it.name.toLowerCase().contains('messaging') }.data");
        assertThat(inReadiness).containsKeys(channels().toArray(String[]::new));
        JsonPath live = given().when().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        List<String> liveChecks = live.getList("checks.name");
        assertThat(liveChecks).noneSatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        List<Map<String, Object>> data = live.getList("checks.data");
        assertThat(data).allSatisfy(d -> assertThat(d == null ? Map.of() : d).doesNotContainKeys(channels().toArray(String[]::new)));
        given().when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsHaveConsumerLagAndTheOpenApiDocumentIsPublished() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(openApi.getString("openapi")).startsWith("3.");
        assertThat(openApi.getString("info.title")).isEqualTo(openApiTitle());
    }
}
