package com.dianxiaoer.insights.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.insights.domain.ShopFigures;
import com.dianxiaoer.localstack.KafkaTopics;
import com.dianxiaoer.localstack.LocalKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across a crash, with two instances sharing the work: one is killed (SIGKILL) while a stream of events
 * is coming in, the other takes its partitions over (from its standby copy of their state) while events arrive and a
 * producer sends a batch again, and the killed one is started again on its own state directory. Every conversation's
 * last outcome counts every message once, and the shop's figures count every conversation once. A broker of its own,
 * so that no other test's application reads or writes these topics.
 */
class InsightsRestartTest {
    private static final int CONVERSATIONS = 60;
    private static final String SHOP = "restart";
    private static final String APPLICATION = "insights-restart";

    private static Path dir;
    private static LocalKafka kafka;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void broker() throws IOException {
        dir = Files.createTempDirectory("insights-restart");
        kafka = LocalKafka.start(dir.resolve("kafka"), 0, 3);
        KafkaTopics.ensure(kafka.bootstrapServers(), 3, Duration.ofSeconds(60));
        // not idempotent: on this single-node broker the idempotent producer stalled (OutOfOrderSequence) for minutes;
        // a retry's duplicate is one more redelivery, which the test is about anyway
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        false,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1),
                new StringSerializer(),
                new StringSerializer());
    }

    @AfterAll
    static void stop() throws IOException {
        if (producer != null) {
            producer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void aKilledInstanceIsCoveredByTheOtherAndStartedAgainEveryEventCountsOnce() throws Exception {
        Instant opened = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1));
        List<Script> chats = new ArrayList<>();
        List<Envelope> first = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            Script chat = new Script(SHOP, opened);
            chats.add(chat);
            first.add(chat.opened("customer-" + i, null));
            first.add(chat.said(1, "m1", "有货吗"));
            first.add(chat.answered(1.5, "greeting-service", "stock", "m1"));
        }
        send(first);
        // two instances share the partitions, each with a standby copy of the other's state
        List<Process> started = new ArrayList<>();
        Process one = start("one", started);
        try {
            start("two", started);
            // the first messages' outcomes are out: the instances are in the middle of the stream
            await().atMost(Duration.ofSeconds(90)).until(() -> latestOutcomes().size() == CONVERSATIONS);

            // the second messages come while they run; one is killed halfway through them
            for (int i = 0; i < CONVERSATIONS; i++) {
                Script chat = chats.get(i);
                send(List.of(chat.said(60, "m2", "能便宜点吗"), chat.answered(61, "greeting-service", "bargain", "m2")));
                if (i == CONVERSATIONS / 2) {
                    one.destroyForcibly();
                    assertThat(one.waitFor(10, TimeUnit.SECONDS)).isTrue();
                }
            }
            // while it is down: the third messages, and the first ones again, as a producer retrying sends them;
            // the other instance takes over its partitions and counts them
            List<Envelope> whileDown = new ArrayList<>(first);
            for (Script chat : chats) {
                whileDown.add(chat.said(120, "m3", "好的"));
                whileDown.add(chat.answered(121, "greeting-service", "thanks", "m3"));
            }
            send(whileDown);
            awaitEveryConversationCounts(3);

            // started again on its state, it takes its share back and goes on from where the other left off
            start("one", started);
            List<Envelope> fourth = new ArrayList<>();
            for (Script chat : chats) {
                fourth.add(chat.said(180, "m4", "拍了"));
                fourth.add(chat.answered(181, "greeting-service", "order_status", "m4"));
            }
            send(fourth);
            awaitEveryConversationCounts(4);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ShopFigures hour = StoredJson.read(
                        latest(Topics.SHOP_HOURLY).get(ShopFigures.key(SHOP, "hour", opened)), ShopFigures.class);
                assertThat(hour.conversations).isEqualTo(CONVERSATIONS);
                assertThat(hour.askedProductQuestion).isEqualTo(CONVERSATIONS);
                assertThat(hour.botResolved).isEqualTo(CONVERSATIONS);
            });
        } finally {
            started.forEach(Process::destroy);
            for (Process p : started) {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    /** Every conversation's last outcome counts this many messages and answers: not one fewer, not one twice. */
    private static void awaitEveryConversationCounts(int messages) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, ConversationOutcome> latest = latestOutcomes();
                    assertThat(latest).hasSize(CONVERSATIONS);
                    assertThat(latest.values()).allSatisfy(o -> {
                        assertThat(o.customerMessages()).isEqualTo(messages);
                        assertThat(o.replyLatency().answers()).isEqualTo(messages);
                    });
                });
    }

    private static void send(List<Envelope> events) throws Exception {
        for (Envelope e : events) {
            producer.send(new ProducerRecord<>(Script.topicOf(e), e.conversationId(), EventJson.write(e)));
        }
        producer.flush();
    }

    /** An instance with its own state directory, which it keeps across a restart; remembered to be stopped. */
    private static Process start(String name, List<Process> started) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path state = dir.resolve("state-" + name);
        Path log = Path.of("target", "insights-restart-" + name + ".log");
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-cp",
                        System.getProperty("java.class.path"),
                        InsightsInstance.class.getName(),
                        kafka.bootstrapServers(),
                        APPLICATION,
                        state.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        started.add(process);
        return process;
    }

    private static Map<String, ConversationOutcome> latestOutcomes() {
        Map<String, ConversationOutcome> found = new HashMap<>();
        latest(Topics.CONVERSATION_OUTCOMES).forEach((conversation, json) -> {
            ConversationOutcome o = StoredJson.read(json, ConversationOutcome.class);
            if (SHOP.equals(o.shopId())) {
                found.put(conversation, o);
            }
        });
        return found;
    }

    /** The topic's last committed value per key, as an analyst reading it with read_committed sees it. */
    private static Map<String, String> latest(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        Map<String, String> latest = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    latest.put(r.key(), r.value());
                }
            }
        }
        return latest;
    }
}
