package com.dianxiaoer.greeting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dianxiaoer.events.Topics;
import com.dianxiaoer.localstack.LocalStackTestResource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tracing switched on (as QUARKUS_OTEL_SDK_DISABLED=false does in a deployment), spans caught in memory: the chat
 * API's requests are traced, and a trace crosses Kafka (the consumer's span is the child of the producer's).
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class TracingTest {
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Keyword rules: a second application in this JVM cannot load the embedding model's native libraries again.
            return Map.of(
                    "quarkus.otel.sdk.disabled",
                    "false",
                    "quarkus.otel.bsp.schedule.delay",
                    "100ms",
                    "dianxiaoer.nlu.classifier",
                    "keyword");
        }
    }

    /** The exporter Quarkus uses when one is a CDI bean (quarkus.otel.traces.exporter=cdi, the default). */
    @ApplicationScoped
    static class InMemoryExporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theChatApiIsTracedAndATraceCrossesKafka() {
        Chat chat = Chat.open("demo");
        chat.say("在吗").statusCode(202);
        chat.awaitItems(2);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<SpanData> all = spans.getFinishedSpanItems();
            Optional<SpanData> post = all.stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER
                            && s.getName().contains("/api/v1/conversations/{id}/messages"))
                    .findFirst();
            assertThat(post).as("the widget's POST is traced").isPresent();
            String trace = post.get().getTraceId();
            assertThat(all)
                    .as("the customer's message leaves for Kafka in the POST's trace (through the outbox)")
                    .anySatisfy(s -> assertSpan(s, SpanKind.PRODUCER, Topics.CONVERSATION_EVENTS, trace));
            assertThat(all)
                    .as("the front desk reads it in the same trace")
                    .anySatisfy(s -> assertSpan(s, SpanKind.CONSUMER, Topics.CONVERSATION_EVENTS, trace));
            assertThat(all)
                    .as("and the welcome it writes goes out in the same trace")
                    .anySatisfy(s -> assertSpan(s, SpanKind.PRODUCER, Topics.REPLIES, trace));
            assertThat(all)
                    .as("and is read back for the transcript and the stream in the same trace")
                    .anySatisfy(s -> assertSpan(s, SpanKind.CONSUMER, Topics.REPLIES, trace));
        });
    }

    private static void assertSpan(SpanData span, SpanKind kind, String topic, String traceId) {
        assertThat(span.getKind()).isEqualTo(kind);
        assertThat(span.getAttributes().get(DESTINATION)).isEqualTo(topic);
        assertThat(span.getTraceId()).isEqualTo(traceId);
    }
}
