package com.dianxiaoer.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka and a real PostgreSQL:
 * {@code @QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "greeting"))}.
 * <p>
 * Both servers start once per JVM, on first use, in a fresh temporary directory, and stop when the JVM
 * exits; every test class that uses this resource shares them, each with the database it names (created
 * if missing). Kafka has every topic of the system and its dead-letter topic, with 3 partitions.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "app";

    /*
     * Quarkus may load this class more than once (a new class loader per restarted application, e.g. per
     * test profile). Static fields are per class loader; system properties and interned strings are per
     * JVM. So the running servers are announced in system properties, and the lock is an interned string
     * literal, the one object every copy of this class shares. The property names stay outside the
     * "dianxiaoer." prefix, which the services own through @ConfigMapping (unknown keys there fail startup).
     */
    private static final String LOCK = "com.dianxiaoer.localstack.LocalStackTestResource.lock";
    private static final String KAFKA_PROPERTY = "localstack.test.kafka.bootstrap-servers";
    private static final String POSTGRES_PROPERTY = "localstack.test.postgres.jdbc-url";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        String serverUrl = ensureStarted();
        try {
            Databases.create(serverUrl, LocalPostgres.USERNAME, LocalPostgres.PASSWORD, database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        return Map.of(
                "kafka.bootstrap.servers",
                bootstrapServers(),
                "quarkus.datasource.jdbc.url",
                Databases.urlFor(serverUrl, database),
                "quarkus.datasource.username",
                LocalPostgres.USERNAME,
                "quarkus.datasource.password",
                LocalPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        // Nothing: the servers are shared by every test class of this JVM and stop with it.
    }

    /** The shared broker, for tests that open their own KafkaConsumer or Admin client. */
    public static String bootstrapServers() {
        String servers = System.getProperty(KAFKA_PROPERTY);
        if (servers == null) {
            throw new IllegalStateException("Kafka is not started yet: annotate the test with "
                    + "@QuarkusTestResource(LocalStackTestResource.class)");
        }
        return servers;
    }

    /** The shared PostgreSQL server's URL for the given database. */
    public static String jdbcUrl(String database) {
        String serverUrl = System.getProperty(POSTGRES_PROPERTY);
        if (serverUrl == null) {
            throw new IllegalStateException("PostgreSQL is not started yet: annotate the test with "
                    + "@QuarkusTestResource(LocalStackTestResource.class)");
        }
        return Databases.urlFor(serverUrl, database);
    }

    /** @return the PostgreSQL server URL */
    private static String ensureStarted() {
        synchronized (LOCK) {
            String running = System.getProperty(POSTGRES_PROPERTY);
            if (running != null) {
                return running;
            }
            Path dir = tempDir();
            LocalInfrastructure infrastructure = LocalInfrastructure.start(dir, 0, 0, false);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                infrastructure.close();
                                deleteQuietly(dir);
                            },
                            "local-stack-shutdown"));
            System.setProperty(KAFKA_PROPERTY, infrastructure.kafka().bootstrapServers());
            System.setProperty(POSTGRES_PROPERTY, infrastructure.postgres().serverJdbcUrl());
            return infrastructure.postgres().serverJdbcUrl();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("local-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            PostgresBinaries.deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // A temp dir left behind is not worth failing a JVM shutdown for.
        }
    }
}
