package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dianxiaoer.events.Topics;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an operator sees of a running greeting-service: health, metrics, the API document and the logs. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class ObservabilityTest {
    private static final String PHONE = "13812345678";
    private final List<Captured> logged = new CopyOnWriteArrayList<>();
    private final ExtHandler capture = new ExtHandler() {
        @Override
        protected void doPublish(ExtLogRecord record) {
            String message = record.getFormattedMessage();
            Throwable thrown = record.getThrown();
            StringBuilder all = new StringBuilder(String.valueOf(message));
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                all.append(" | ").append(t);
            }
            logged.add(new Captured(record.getLevel(), all.toString(), record.getMdc("conversationId")));
        }
    };

    record Captured(Level level, String text, String conversationId) {}

    @BeforeEach
    void captureLogs() {
        LogContext.getLogContext().getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        LogContext.getLogContext().getLogger("").removeHandler(capture);
    }

    @Test
    void readinessHasTheDatabaseAndKafkaAndLivenessHasNeither() {
        JsonPath ready = given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> readyChecks = ready.getList("checks.name");
        assertThat(readyChecks).anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        assertThat(readyChecks).anySatisfy(name -> assertThat(name).containsIgnoringCase("messaging"));
        Map<String, Object> messaging =
                ready.getMap("checks.find { it.name.toLowerCase().contains('messaging') }.data");
        assertThat(messaging).containsKeys("conversation-events", "replies", "outbox");

        JsonPath live = given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> liveChecks = live.getList("checks.name");
        assertThat(liveChecks).noneSatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        List<Map<String, Object>> liveData = live.getList("checks.data");
        assertThat(liveData)
                .allSatisfy(data -> assertThat(data == null ? Map.of() : data)
                        .doesNotContainKeys("conversation-events", "replies", "outbox"));
        given().when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsHaveReplyLatencyMessagesByIntentAndStageConsumerLagAndClassificationTime() {
        Chat chat = Chat.open("demo");
        chat.say("在吗").statusCode(202);
        chat.awaitItems(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = given().when()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(metrics).contains("# TYPE dianxiaoer_reply_latency_seconds histogram");
            assertThat(metrics)
                    .containsPattern(
                            "dianxiaoer_reply_latency_seconds_bucket\\{[^}]*role=\"bot\"[^}]*le=\"0\\.25\"[^}]*} [0-9.]+");
            Matcher count = Pattern.compile(
                            "dianxiaoer_reply_latency_seconds_count\\{[^}]*role=\"bot\"[^}]*} ([0-9.]+)")
                    .matcher(metrics);
            assertThat(count.find()).isTrue();
            assertThat(Double.parseDouble(count.group(1))).isGreaterThanOrEqualTo(1);
            assertThat(metrics)
                    .containsPattern(
                            "dianxiaoer_messages_total\\{[^}]*intent=\"[a-z_]+\"[^}]*stage=\"[a-z]+\"[^}]*} [0-9.]+");
            assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
            Matcher classified = Pattern.compile("dianxiaoer_nlu_classify_seconds_count(\\{[^}]*})? ([0-9.]+)")
                    .matcher(metrics);
            assertThat(classified.find()).as("the classification timer").isTrue();
            assertThat(Double.parseDouble(classified.group(2)))
                    .as("messages classified")
                    .isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void theOpenApiDocumentHasTheChatApiWithExamples() {
        JsonPath doc = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String open = "paths.'/api/v1/conversations'.post";
        assertThat(doc.getString(open + ".requestBody.content.'application/json'.examples.open.value.shopId"))
                .isEqualTo("demo");
        assertThat(doc.getMap(open + ".requestBody.content.'application/json'.schema"))
                .as("the schema read from the code is still there")
                .isNotEmpty();
        assertThat(doc.getString(open + ".responses.'201'.content.'application/json'.examples.opened.value.token"))
                .isNotBlank();
        String say = "paths.'/api/v1/conversations/{id}/messages'.post";
        assertThat(doc.getString(say + ".requestBody.content.'application/json'.examples.hello.value.text"))
                .isEqualTo("在吗");
        assertThat(doc.getString(say + ".responses.'400'.content.'application/json'.examples.tooLong.value.code"))
                .isEqualTo("message_too_long");
        assertThat(
                        doc.getList(
                                "paths.'/api/v1/conversations/{id}/messages'.get.responses.'200'.content.'application/json'.examples.transcript.value"))
                .hasSize(2);
    }

    @Test
    void logsNameTheConversationButNeverWhatTheCustomerWrote() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("我的手机是" + PHONE + "，地址填错了").statusCode(202);
        chat.awaitItems(2);
        // A record nobody can read: dead-lettered, logged, and the consumer goes on.
        String conversationId = UUID.randomUUID().toString();
        TopicProbe.send(Topics.CONVERSATION_EVENTS, conversationId, "{ not an envelope, call me on " + PHONE);
        TopicProbe.await(
                Topics.deadLetter(Topics.CONVERSATION_EVENTS),
                conversationId,
                v -> v.contains("not an envelope"),
                Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> logged.stream().anyMatch(c -> c.text().contains("dead letter")));

        assertThat(logged).noneSatisfy(c -> assertThat(c.text()).contains(PHONE));
        assertThat(logged)
                .filteredOn(c -> c.text().contains("dead letter"))
                .anySatisfy(c -> assertThat(c.conversationId()).isEqualTo(conversationId));
    }
}
