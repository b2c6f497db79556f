package com.dianxiaoer.localstack;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Kafka and PostgreSQL together, started side by side and stopped in order. */
final class LocalInfrastructure implements AutoCloseable {
    private final LocalKafka kafka;
    private final LocalPostgres postgres;

    private LocalInfrastructure(LocalKafka kafka, LocalPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /**
     * Starts both at once: PostgreSQL (an unpack the first time, then under a second) hides behind the
     * broker's few seconds. When one fails the other is stopped again, so nothing is left running.
     */
    static LocalInfrastructure start(Path dir, int kafkaPort, int postgresPort, boolean durable) {
        CompletableFuture<LocalPostgres> postgres = CompletableFuture.supplyAsync(
                () -> LocalPostgres.start(dir.resolve("postgres"), postgresPort, durable));
        LocalKafka kafka;
        try {
            kafka = LocalKafka.start(dir.resolve("kafka"), kafkaPort, KafkaTopics.DEFAULT_PARTITIONS);
        } catch (RuntimeException e) {
            postgres.thenAccept(LocalPostgres::close);
            postgres.exceptionally(ignored -> null).join();
            throw e;
        }
        try {
            return new LocalInfrastructure(kafka, postgres.join());
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    LocalKafka kafka() {
        return kafka;
    }

    LocalPostgres postgres() {
        return postgres;
    }

    /** PostgreSQL first: its clients are gone by now, while Kafka's shutdown takes the longest. */
    @Override
    public void close() {
        try {
            postgres.close();
        } finally {
            kafka.close();
        }
    }
}
