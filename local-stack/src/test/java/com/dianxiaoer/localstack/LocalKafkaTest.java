package com.dianxiaoer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {
    @TempDir
    static Path dataDir;

    static LocalKafka kafka;

    @BeforeAll
    static void start() {
        long t0 = System.nanoTime();
        kafka = LocalKafka.start(dataDir);
        System.out.printf("LocalKafka started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void createsEveryTopicAndItsDeadLetterTopicWithThreePartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(KafkaTopics.all()).allTopicNames().get();
            assertThat(topics)
                    .containsKeys(
                            Topics.REPLIES,
                            Topics.deadLetter(Topics.REPLIES),
                            Topics.ROUTED_AFTERSALES,
                            Topics.deadLetter(Topics.ROUTED_AFTERSALES));
            assertThat(topics).hasSize(Topics.ALL.size() * 2 + Topics.INSIGHTS.size());
            assertThat(topics.values())
                    .allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
        }
    }

    @Test
    void ensuringTopicsAgainCreatesNothing() {
        assertThat(KafkaTopics.ensure(kafka.bootstrapServers(), 3, Duration.ofSeconds(10)))
                .isEmpty();
    }

    @Test
    void aProducedRecordIsConsumedBack() {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.CONVERSATION_EVENTS, key, "{\"hello\":\"在吗\"}"));
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.CONVERSATION_EVENTS));
            long deadline = System.currentTimeMillis() + 30_000;
            while (received.stream().noneMatch(r -> key.equals(r.key())) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertThat(received).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(key);
            assertThat(r.value()).isEqualTo("{\"hello\":\"在吗\"}");
        });
    }
}
