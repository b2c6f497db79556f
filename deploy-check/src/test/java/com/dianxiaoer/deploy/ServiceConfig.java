package com.dianxiaoer.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service as its own src/main/resources/application.properties, the defaults of the shared modules it is built on
 * and its pom.xml's dependencies describe it: the truth the manifests must match.
 */
record ServiceConfig(String name, Properties properties, Set<String> dependencies) {
    static final List<String> NAMES = List.of(
            "greeting-service", "negotiation-service", "order-service", "aftersales-service", "insights-service");
    /**
     * Settings a service reads that its application.properties leaves unset on purpose, by service:
     * dianxiaoer.ops.api-key (the shared OpsKeyFilter; unset = admin APIs open in the local run), in every service.
     */
    private static final Map<String, Set<String>> UNSET_BUT_READ = Map.of(
            // dianxiaoer.workbench.insights-url: unset, a shop admin's workbench shows no link to the dashboard.
            "greeting-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_INSIGHTS_URL"),
            // Read by conversation-web's RemoteShopAdminSessions; unset, only the ops key opens the admin APIs.
            "negotiation-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_SESSIONS_URL"),
            "order-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_SESSIONS_URL"),
            "aftersales-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_SESSIONS_URL"),
            // dianxiaoer.insights.workbench-url (InsightsConfig): unset, the dashboard shows no links into the
            // workbench.
            "insights-service",
                    Set.of(
                            "DIANXIAOER_OPS_API_KEY",
                            "DIANXIAOER_WORKBENCH_SESSIONS_URL",
                            "DIANXIAOER_INSIGHTS_WORKBENCH_URL"));
    /** The shared modules whose META-INF/microprofile-config.properties a service built on them inherits. */
    private static final List<String> SHARED_MODULES = List.of("conversation-web", "conversation-messaging");

    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    private static final Pattern CHANNEL =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");

    static List<ServiceConfig> all() {
        return NAMES.stream().map(ServiceConfig::load).toList();
    }

    /** The services that keep a PostgreSQL database of their own (all but insights-service). */
    static List<ServiceConfig> withDatabase() {
        return all().stream().filter(ServiceConfig::hasDatabase).toList();
    }

    static ServiceConfig of(String name) {
        return load(name);
    }

    /**
     * The service's application.properties over the defaults of the shared modules it depends on: conversation-web's
     * (the API conventions), and conversation-messaging's (database, outbox, tracing) for the four built on it.
     */
    private static ServiceConfig load(String name) {
        Set<String> dependencies = dependencies(name);
        Properties shared = new Properties();
        for (String module : SHARED_MODULES) {
            // conversation-messaging brings conversation-web with it
            boolean inherited = dependencies.contains(module)
                    || (module.equals("conversation-web") && dependencies.contains("conversation-messaging"));
            if (inherited) {
                shared = read(
                        new Properties(shared), module + "/src/main/resources/META-INF/microprofile-config.properties");
            }
        }
        return new ServiceConfig(
                name, read(new Properties(shared), name + "/src/main/resources/application.properties"), dependencies);
    }

    /** The artifactIds of the pom's dependencies outside the test scope. */
    private static Set<String> dependencies(String name) {
        String pom;
        try {
            pom = Files.readString(Repo.ROOT.resolve(name).resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> artifacts = new TreeSet<>();
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String body = dependency.group(1);
            Matcher artifact = ARTIFACT.matcher(body);
            if (!body.contains("<scope>test</scope>") && artifact.find()) {
                artifacts.add(artifact.group(1).trim());
            }
        }
        return artifacts;
    }

    private static Properties read(Properties into, String path) {
        try (Reader r = Files.newBufferedReader(Repo.ROOT.resolve(path))) {
            into.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError(name + ": application.properties has no " + key);
        }
        return value.trim();
    }

    int httpPort() {
        return Integer.parseInt(get("quarkus.http.port"));
    }

    /** Whether it keeps a PostgreSQL database (a default JDBC URL in its application.properties). */
    boolean hasDatabase() {
        return properties.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    /** A Kafka Streams application (insights-service), rather than Reactive Messaging channels. */
    boolean kafkaStreams() {
        return properties.getProperty("quarkus.kafka-streams.application-id") != null;
    }

    /** Whether it sends traces (quarkus-opentelemetry): only then do the OpenTelemetry settings mean anything to it. */
    boolean traced() {
        return dependencies.contains("quarkus-opentelemetry");
    }

    /**
     * Local state that should outlive a container (Kafka Streams' RocksDB stores): the environment variable that
     * places it, or null for a service without any.
     */
    String stateDirVariable() {
        return properties.getProperty("kafka-streams.state.dir") == null
                ? null
                : environmentName("kafka-streams.state.dir");
    }

    /** The database of the default JDBC URL: jdbc:postgresql://localhost:5432/greeting gives greeting. */
    String database() {
        return databaseOf(get("quarkus.datasource.jdbc.url"));
    }

    static String databaseOf(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getPath().substring(1);
    }

    static int portOf(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getPort() < 0 ? 5432 : uri.getPort();
    }

    /** The container image containers/build-images tags (and docker-compose.yml's build names). */
    String imageRepository() {
        return "dianxiaoer/" + get("quarkus.application.name");
    }

    /** Reactive Messaging channels (incoming and outgoing). */
    Set<String> channels() {
        Set<String> channels = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = CHANNEL.matcher(key);
            if (m.matches()) {
                channels.add(m.group(2));
            }
        }
        return channels;
    }

    /** Every topic the service names: channel topics and dead-letter topics, and a Kafka Streams application's inputs. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>(inputTopics());
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.")
                    && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                topics.add(properties.getProperty(key).trim());
            }
        }
        return topics;
    }

    /**
     * The topics it consumes, whose partitions share its work among its instances: its incoming channels' topics, or
     * the topics a Kafka Streams application waits for (quarkus.kafka-streams.topics).
     */
    Set<String> inputTopics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(properties.getProperty(key).trim());
            }
        }
        String streams = properties.getProperty("quarkus.kafka-streams.topics");
        if (streams != null) {
            for (String topic : streams.split(",")) {
                topics.add(topic.trim());
            }
        }
        return topics;
    }

    /**
     * Whether an environment variable sets something this service reads: the environment form (MicroProfile Config:
     * every character that is not a letter or digit becomes '_', upper case) of a property in application.properties,
     * a variable one of its values names (${NAME:default}), or one of the few settings it reads without a value there.
     */
    boolean reads(String environmentVariable) {
        if (UNSET_BUT_READ.getOrDefault(name, Set.of()).contains(environmentVariable)) {
            return true;
        }
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%") && environmentName(key).equals(environmentVariable)) {
                return true;
            }
            String value = properties.getProperty(key);
            if (value.contains("${" + environmentVariable + ":") || value.contains("${" + environmentVariable + "}")) {
                return true;
            }
        }
        return false;
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
