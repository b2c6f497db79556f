package com.dianxiaoer.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What ./run was asked to do: its flags and the environment variables it honours. */
record RunOptions(
        Path root,
        boolean fresh,
        boolean infraOnly,
        Optional<String> externalKafka,
        Optional<String> externalDatabaseUrl,
        String databaseUsername,
        String databasePassword,
        Map<String, String> env) {

    static final String USAGE = """
            Usage: ./run [--fresh] [--infra-only] [--root DIR]

            Starts Kafka, PostgreSQL and the five services, prints their addresses, and stops
            everything on Ctrl-C. Data is kept in .local-stack/ between runs.

              --fresh        delete .local-stack/ (topics, databases, logs) first
              --infra-only   start only Kafka and PostgreSQL, e.g. to run a service with quarkus:dev
              --root DIR     the repository root (default: found from this jar, else the current dir)

            Environment:
              KAFKA_BOOTSTRAP_SERVERS   use this Kafka instead of starting one (topics are still created)
              DATABASE_JDBC_URL         use this PostgreSQL server (e.g. jdbc:postgresql://db:5432/postgres);
              DATABASE_USERNAME/_PASSWORD  each service gets the same URL with its own database
              GREETING_PORT NEGOTIATION_PORT ORDER_PORT AFTERSALES_PORT INSIGHTS_PORT   (default 8080-8084)
              LOCAL_KAFKA_PORT LOCAL_POSTGRES_PORT   (default 9092 and 5432 when free, else any)
              SERVICE_JAVA_OPTS         extra JVM options for the services
              DIANXIAOER_OPS_API_KEY    the ops API key the services require (default local-ops-key)
            """;

    static RunOptions parse(String[] args, Map<String, String> env) {
        List<String> list = Arrays.asList(args);
        Path root = null;
        boolean fresh = false;
        boolean infraOnly = false;
        for (int i = 0; i < list.size(); i++) {
            switch (list.get(i)) {
                case "--fresh" -> fresh = true;
                case "--infra-only" -> infraOnly = true;
                case "--root" -> {
                    if (i + 1 == list.size()) {
                        throw new IllegalArgumentException("--root needs a directory");
                    }
                    root = Path.of(list.get(++i));
                }
                default -> throw new IllegalArgumentException("unknown option " + list.get(i));
            }
        }
        return new RunOptions(
                (root != null ? root : detectRoot()).toAbsolutePath().normalize(),
                fresh,
                infraOnly,
                nonBlank(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                nonBlank(env.get("DATABASE_JDBC_URL")),
                env.getOrDefault("DATABASE_USERNAME", "postgres"),
                env.getOrDefault("DATABASE_PASSWORD", ""),
                env);
    }

    /** The key of the ops API (X-Api-Key), which the services keep closed without one; a known one for local use. */
    String opsApiKey() {
        String key = env.get("DIANXIAOER_OPS_API_KEY");
        return key == null || key.isBlank() ? LOCAL_OPS_API_KEY : key;
    }

    static final String LOCAL_OPS_API_KEY = "local-ops-key";

    Path stateDir() {
        return root.resolve(".local-stack");
    }

    Path logDir() {
        return stateDir().resolve("logs");
    }

    /** A port from the environment, failing on nonsense rather than silently using the default. */
    int port(String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a port number: " + value);
        }
    }

    List<String> serviceJavaOptions() {
        return nonBlank(env.get("SERVICE_JAVA_OPTS"))
                .map(s -> List.of(s.trim().split("\\s+")))
                .orElse(List.of());
    }

    /** local-stack/target/local-stack.jar sits two levels below the root; in an IDE fall back to the working dir. */
    private static Path detectRoot() {
        try {
            Path location = Path.of(LocalStack.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path candidate =
                    location.getParent() == null ? null : location.getParent().getParent();
            candidate = candidate == null ? null : candidate.getParent();
            if (candidate != null
                    && Files.exists(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("local-stack"))) {
                return candidate;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of(System.getProperty("user.dir"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
