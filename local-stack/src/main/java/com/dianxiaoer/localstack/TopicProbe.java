package com.dianxiaoer.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes the test broker the way another service or an analyst would: a plain Kafka client, reading
 * each topic from the beginning with a fresh group. For tests that run under {@link LocalStackTestResource}.
 */
public final class TopicProbe {
    private TopicProbe() {}

    /** The first record on the topic with this key whose value matches. */
    public static ConsumerRecord<String, String> await(
            String topic, String key, Predicate<String> matches, Duration timeout) {
        return awaitAll(topic, key, matches, 1, timeout).get(0);
    }

    /** The first {@code count} records on the topic with this key whose values match, in order. */
    public static List<ConsumerRecord<String, String>> awaitAll(
            String topic, String key, Predicate<String> matches, int count, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key()) && matches.test(record.value())) {
                        found.add(record);
                        if (found.size() == count) {
                            return found;
                        }
                    }
                }
            }
        }
        throw new AssertionError("found " + found.size() + " of " + count + " matching records with key " + key + " on "
                + topic + " within " + timeout);
    }

    public static void send(String topic, String key, String value) {
        Map<String, Object> config =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.bootstrapServers());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }
}
