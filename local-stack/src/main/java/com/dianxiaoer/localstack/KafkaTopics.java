package com.dianxiaoer.localstack;

import com.dianxiaoer.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the system's topics, on our own broker or on one that ops run. */
public final class KafkaTopics {
    public static final int DEFAULT_PARTITIONS = 3;
    /**
     * ./run's topics: a second instance of a service (bench, the e2e scale-out step) gets partitions of its own only if
     * there are more than the first one's consumers (greeting-service runs three per topic).
     */
    public static final int RUN_PARTITIONS = 6;

    private KafkaTopics() {}

    /** Every topic of {@link Topics#ALL} and its dead-letter topic, and insights-service's ({@link Topics#INSIGHTS}). */
    public static List<String> all() {
        List<String> names = new ArrayList<>();
        for (String topic : Topics.ALL) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        names.addAll(Topics.INSIGHTS);
        return names;
    }

    /**
     * Creates the topics that do not exist yet; existing ones are left as they are (their partition count
     * included), so this is safe against a broker that already has data.
     *
     * @return the topics this call created
     */
    public static List<String> ensure(String bootstrapServers, int partitions, Duration timeout) {
        Logging.quietKafka();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "local-stack-topics",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(timeout.toMillis(), 15_000));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    return createMissing(admin, partitions, timeout);
                } catch (ExecutionException e) {
                    // A broker that has just started may not be registered with its controller yet, and then
                    // has no broker to put a replica on; that passes within a second or two.
                    if (!(e.getCause() instanceof InvalidReplicationFactorException) || System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not create topics on " + bootstrapServers, e.getCause());
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static List<String> createMissing(Admin admin, int partitions, Duration timeout)
            throws ExecutionException, InterruptedException {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout, e);
        }
        List<NewTopic> missing = all().stream()
                .filter(name -> !existing.contains(name))
                .map(name -> Topics.INSIGHTS.contains(name)
                        // each conversation's latest outcome, each shop period's latest figures
                        ? new NewTopic(name, partitions, (short) 1).configs(Map.of("cleanup.policy", "compact"))
                        : new NewTopic(name, partitions, (short) 1))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> created = new ArrayList<>();
        ExecutionException failure = null;
        for (Map.Entry<String, KafkaFuture<Void>> result :
                admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get();
                created.add(result.getKey());
            } catch (ExecutionException e) {
                // Another process (a second test JVM, a service with auto-create) may have won the race.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return created;
    }
}
