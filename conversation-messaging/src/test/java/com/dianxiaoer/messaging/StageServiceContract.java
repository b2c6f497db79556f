package com.dianxiaoer.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every stage service owes the rest of the system, tested once and run in each of them (a {@code @QuarkusTest}
 * subclass on the service's own database): every routed message is stored once, poison does not stop the consumer
 * and a database blip does not dead-letter a message, handled events are forgotten only after the topics' retention; readiness has the database and every Kafka channel, liveness has neither; consumer lag is a metric and
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
        Envelope routed = routedMessage(conversationId, "这个怎么样");
        TopicProbe.send(Topics.routedTo(stage()), conversationId, EventJson.write(routed));
        TopicProbe.send(Topics.routedTo(stage()), conversationId, EventJson.write(routed));
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.count(conversationId) == 1);
        Thread.sleep(1000);
        assertThat(inbox.count(conversationId)).isEqualTo(1);
        inbox.take(EventJson.write(routed), again -> fail("a redelivery reached the stage"));
    }

    @Test
    void handledEventsAreForgottenOnceNoTopicCanRedeliverThem() throws Exception {
        EventIntake intake = Arc.container().instance(EventIntake.class).get();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            remember(old, Instant.now().minus(Duration.ofDays(36)));
            remember(recent, Instant.now().minus(Duration.ofDays(29)));
        });
        assertThat(intake.forgetOld()).isGreaterThanOrEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ProcessedEventEntity.<ProcessedEventEntity>findByIdOptional(old))
                    .isEmpty();
            assertThat(ProcessedEventEntity.<ProcessedEventEntity>findByIdOptional(recent))
                    .isPresent();
        });
    }

    /** A customer's message as the front desk routes it to this stage. */
    private Envelope routedMessage(String conversationId, String text) {
        return Envelope.of(
                "demo",
                conversationId,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new MessageRouted(
                        UUID.randomUUID().toString(), 1, text, "other", 0.9, null, stage(), "wool-coat", List.of()));
    }

    private static void remember(UUID eventId, Instant at) {
        ProcessedEventEntity e = new ProcessedEventEntity();
        e.eventId = eventId;
        e.processedAt = at;
        e.persist();
    }

    /**
     * For two seconds the inbox's table cannot be written (as while the database restarts or fails over) and a
     * message arrives: the consumer tries again with growing pauses and takes it in once the table is back, rather
     * than parking it on the dead-letter topic.
     */
    @Test
    void aDatabaseBlipDoesNotDeadLetterARoutedMessage() throws Exception {
        RoutedInbox inbox = Arc.container().instance(RoutedInbox.class).get();
        String conversationId = UUID.randomUUID().toString();
        Envelope routed = routedMessage(conversationId, "在吗");
        Config config = ConfigProvider.getConfig();
        try (Connection admin = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class)
                                .orElse(""));
                Statement sql = admin.createStatement()) {
            sql.execute("alter table routed_message rename to routed_message_away");
            try {
                TopicProbe.send(Topics.routedTo(stage()), conversationId, EventJson.write(routed));
                Thread.sleep(2000);
            } finally {
                sql.execute("alter table routed_message_away rename to routed_message");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.count(conversationId) == 1);
    }

    @Test
    void readinessHasTheDatabaseAndKafkaAndLivenessHasNeither() {
        JsonPath ready = given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(ready.getString("status")).isEqualTo("UP");
        List<String> checks = ready.getList("checks.name");
        assertThat(checks).anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        Map<String, Object> inReadiness =
                ready.getMap("checks.find { it.name.toLowerCase().contains('messaging') }.data");
        assertThat(inReadiness).containsKeys(channels().toArray(String[]::new));
        JsonPath live = given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> liveChecks = live.getList("checks.name");
        assertThat(liveChecks).noneSatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        List<Map<String, Object>> data = live.getList("checks.data");
        assertThat(data)
                .allSatisfy(d -> assertThat(d == null ? Map.of() : d)
                        .doesNotContainKeys(channels().toArray(String[]::new)));
        given().when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsHaveConsumerLagAndTheOpenApiDocumentIsPublished() {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        JsonPath openApi = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(openApi.getString("openapi")).startsWith("3.");
        assertThat(openApi.getString("info.title")).isEqualTo(openApiTitle());
    }
}
