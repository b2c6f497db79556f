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
 * One service as its own src/main/resources/application.properties and the defaults it shares describe it: the truth
 * the manifests must match.
 */
record ServiceConfig(String name, Properties properties) {
    static final List<String> NAMES =
            List.of("greeting-service", "negotiation-service", "order-service", "aftersales-service");
    /**
     * Settings a service reads that its application.properties leaves unset on purpose, by service:
     * dianxiaoer.ops.api-key (the shared OpsKeyFilter; unset = admin APIs open in the local run), in every service.
     */
    private static final Map<String, Set<String>> UNSET_BUT_READ = Map.of(
            "greeting-service", Set.of("DIANXIAOER_OPS_API_KEY"),
            // Read by conversation-messaging's RemoteShopAdminSessions; unset, only the ops key opens the admin APIs.
            "negotiation-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_SESSIONS_URL"),
            "order-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_SESSIONS_URL"),
            "aftersales-service", Set.of("DIANXIAOER_OPS_API_KEY", "DIANXIAOER_WORKBENCH_SESSIONS_URL"));

    private static final Pattern CHANNEL =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");

    static List<ServiceConfig> all() {
        return NAMES.stream().map(ServiceConfig::load).toList();
    }

    static ServiceConfig of(String name) {
        return load(name);
    }

    /** The service's application.properties over what every service shares (conversation-messaging's defaults). */
    private static ServiceConfig load(String name) {
        Properties shared = read(
                read(new Properties(), "conversation-web/src/main/resources/META-INF/microprofile-config.properties"),
                "conversation-messaging/src/main/resources/META-INF/microprofile-config.properties");
        return new ServiceConfig(
                name, read(new Properties(shared), name + "/src/main/resources/application.properties"));
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

    /** Every topic the service names: channel topics and dead-letter topics. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.")
                    && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                topics.add(properties.getProperty(key).trim());
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
