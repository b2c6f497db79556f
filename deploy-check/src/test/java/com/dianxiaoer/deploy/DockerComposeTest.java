package com.dianxiaoer.deploy;

import static com.dianxiaoer.deploy.Repo.at;
import static com.dianxiaoer.deploy.Repo.list;
import static com.dianxiaoer.deploy.Repo.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml: a valid Compose file, secrets only from .env, and the same ports, probes, env, topics and databases as the services. */
class DockerComposeTest {
    /** ${NAME}, ${NAME:-default}, ${NAME:?message}; $$ is a literal dollar. */
    private static final Pattern VARIABLE =
            Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private static final Map<String, Object> COMPOSE = Repo.single(Repo.COMPOSE);
    private static final List<ServiceConfig> SERVICES = ServiceConfig.all();
    /**
     * Set in k8s, left to the service's default in compose: one consumer a topic in each of greeting-service's pods
     * (compose runs one instance, which wants its default three); standby copies and the Streams topics' replication
     * factor, which mean something only with more than one instance and more than one broker.
     */
    private static final Set<String> K8S_ONLY = Set.of(
            "GREETING_CONSUMERS_PER_TOPIC", "KAFKA_STREAMS_NUM_STANDBY_REPLICAS", "KAFKA_STREAMS_REPLICATION_FACTOR");

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(COMPOSE.get("services")).get(name));
        assertThat(service).as("docker-compose.yml has a service %s", name).isNotEmpty();
        return service;
    }

    /** Interpolates the way Compose does, with the defaults written in the file and the given .env values. */
    private static String interpolate(String value, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement =
                    env.containsKey(name) ? env.get(name) : "-".equals(stripColon(m.group(2))) ? m.group(3) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    private static String stripColon(String op) {
        return op == null ? null : op.replace(":", "");
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        map(service(service).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    @Test
    void isAValidComposeFile() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schemaJson;
        try (InputStream in = getClass().getResourceAsStream("/schemas/compose-spec.json")) {
            schemaJson = mapper.readTree(in);
        }
        // The schema (Compose 1.29's copy of the Compose Specification) still names its parts with draft-04 "id"
        // strings, which a 2019-09 validator refuses; they are only labels, so they go.
        dropIds(schemaJson);
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(schemaJson);
        JsonNode compose = mapper.valueToTree(COMPOSE);
        Set<ValidationMessage> errors = schema.validate(compose);
        assertThat(errors).isEmpty();
        for (String name : map(COMPOSE.get("services")).keySet()) {
            for (Object dependency : map(service(name).get("depends_on")).keySet()) {
                assertThat(map(COMPOSE.get("services")))
                        .as("%s depends on %s", name, dependency)
                        .containsKey((String) dependency);
            }
        }
        for (Object volume : list(service("postgres").get("volumes"))) {
            String source = ((String) volume).split(":")[0];
            if (source.startsWith("./")) {
                assertThat(Repo.ROOT.resolve(source))
                        .as("mounted file %s", source)
                        .exists();
            }
        }
    }

    @Test
    void secretsComeFromTheEnvFileAndEveryOneIsInTheExample() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher m = VARIABLE.matcher(Files.readString(Repo.COMPOSE));
        while (m.find()) {
            if ("?".equals(stripColon(m.group(2)))) {
                required.add(m.group(1));
            }
        }
        for (String name : map(COMPOSE.get("services")).keySet()) {
            environment(name).forEach((key, value) -> {
                if (key.matches(".*(PASSWORD|API_KEY|SECRET|TOKEN).*")) {
                    assertThat(value)
                            .as("%s: %s comes from .env, with no default", name, key)
                            .matches("\\$\\{[A-Z0-9_]+:\\?[^}]*}");
                }
            });
        }
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(Repo.ROOT.resolve(".env.example"))) {
            if (line.matches("[A-Z_][A-Z0-9_]*=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(example)
                .as(".env.example names every variable docker-compose.yml requires")
                .containsAll(required);
        assertThat(required).contains("POSTGRES_PASSWORD", "DIANXIAOER_OPS_API_KEY");
    }

    @Test
    void servicesMatchTheirConfiguration() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> k8s = Manifests.base(problems);
        Map<String, String> kafkaEnv = environment("kafka");
        String advertised = kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS").replaceFirst("^PLAINTEXT://", "");
        for (ServiceConfig s : SERVICES) {
            Map<String, Object> service = service(s.name());
            Map<String, String> env = environment(s.name());
            assertThat(interpolate((String) service.get("image"), Map.of()))
                    .isEqualTo(s.imageRepository() + ":" + projectVersion());
            assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(s.httpPort()));
            for (String name : env.keySet()) {
                if (!s.reads(name)) {
                    problems.add(s.name() + ": sets " + name + ", which is no setting of its application.properties");
                }
            }
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(advertised);
            assertThat(env.get("DIANXIAOER_OPS_API_KEY"))
                    .as("%s: the ops key", s.name())
                    .startsWith("${DIANXIAOER_OPS_API_KEY:?");
            if (s.hasDatabase()) {
                String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
                assertThat(ServiceConfig.databaseOf(url))
                        .as("%s's database", s.name())
                        .isEqualTo(s.database());
                assertThat(url).startsWith("jdbc:postgresql://postgres:");
                assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(s.database());
                assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD"))
                        .startsWith("${" + s.database().toUpperCase() + "_DB_PASSWORD:?");
            }
            // The same settings as its pod, give or take the addresses (a browser's, the broker's): nothing set in one
            // place and forgotten in the other.
            Set<String> k8sNames = KubernetesManifestsTest.environmentNames(
                    k8s, KubernetesManifestsTest.container(KubernetesManifestsTest.workload(k8s, s.name())));
            Set<String> missing = new TreeSet<>(k8sNames);
            missing.removeAll(env.keySet());
            missing.removeAll(K8S_ONLY);
            assertThat(missing)
                    .as("%s: set in k8s but not in docker-compose.yml", s.name())
                    .isEmpty();

            // The image's health-ready script asks QUARKUS_HTTP_PORT (checked above) for /q/health/ready.
            assertThat(list(at(service, "healthcheck.test")))
                    .as("%s's health check", s.name())
                    .containsExactly("CMD", "health-ready");
            assertThat(map(service.get("build")))
                    .as("%s's build", s.name())
                    .containsEntry("context", ".")
                    .containsEntry("dockerfile", "containers/service/Dockerfile")
                    .containsEntry("args", Map.of("SERVICE", s.name()));
            if (s.hasDatabase()) {
                assertThat(map(service.get("depends_on"))).containsOnlyKeys("kafka-topics", "postgres");
                assertThat(at(service, "depends_on.postgres.condition")).isEqualTo("service_healthy");
            } else {
                assertThat(map(service.get("depends_on")))
                        .as("%s keeps no database: it waits for the topics only", s.name())
                        .containsOnlyKeys("kafka-topics");
            }
            assertThat(at(service, "depends_on.kafka-topics.condition")).isEqualTo("service_completed_successfully");
            assertThat(service.get("restart")).as("%s restarts", s.name()).isEqualTo("unless-stopped");
            assertThat(at(service(("postgres")), "healthcheck.test")).isNotNull();
            assertThat(at(service(("kafka")), "healthcheck.test")).isNotNull();

            var limit = Quantity.getAmountInBytes(
                    KubernetesManifestsTest.container(KubernetesManifestsTest.workload(k8s, s.name()))
                            .getResources()
                            .getLimits()
                            .get("memory"));
            assertThat(dockerBytes((String) service.get("mem_limit")))
                    .as("%s: the same memory limit as in k8s", s.name())
                    .isEqualTo(limit);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A service with local state (insights-service's Kafka Streams stores) keeps it in a named volume at its state
     * directory, and the image has that folder, owned by the service's user: a new volume takes the owner of the folder
     * it is mounted on, and the service could not write to one owned by root.
     */
    @Test
    void localStateIsInANamedVolumeTheServiceCanWrite() throws IOException {
        String dockerfile = Files.readString(Repo.ROOT.resolve("containers/service/Dockerfile"));
        List<ServiceConfig> stateful =
                SERVICES.stream().filter(s -> s.stateDirVariable() != null).toList();
        assertThat(stateful).as("services with local state").isNotEmpty();
        for (ServiceConfig s : stateful) {
            String dir = environment(s.name()).get(s.stateDirVariable());
            assertThat(dir).as("%s sets %s", s.name(), s.stateDirVariable()).startsWith("/");
            String volume = list(service(s.name()).get("volumes")).stream()
                    .map(String::valueOf)
                    .filter(v -> v.endsWith(":" + dir))
                    .map(v -> v.substring(0, v.indexOf(':')))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(s.name() + ": no volume at " + dir));
            assertThat(map(COMPOSE.get("volumes")))
                    .as("%s: %s is a named volume", s.name(), volume)
                    .containsKey(volume);
            assertThat(dockerfile)
                    .as("the image makes %s, owned by user 185", dir)
                    .containsPattern("RUN install -d -o 185 " + Pattern.quote(dir) + "\\s");
            assertThat(dockerfile.indexOf("install -d -o 185 " + dir))
                    .as("made before the service's files, so every service shares the layer")
                    .isLessThan(dockerfile.indexOf("ARG SERVICE"));
        }
    }

    @Test
    void theServiceImagesHealthCheckAndUserAreWhatComposeAndK8sExpect() throws IOException {
        String health = Files.readString(Repo.ROOT.resolve("containers/service/health-ready"));
        assertThat(health).contains("/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT").contains("GET /q/health/ready ");
        String dockerfile = Files.readString(Repo.ROOT.resolve("containers/service/Dockerfile"));
        assertThat(dockerfile)
                .contains("useradd --uid 185 ")
                .contains("USER 185")
                .contains("COPY containers/service/health-ready ");
        List<Kube.Obj> k8s = Manifests.base(new ArrayList<>());
        for (ServiceConfig s : SERVICES) {
            assertThat(KubernetesManifestsTest.podTemplate(KubernetesManifestsTest.workload(k8s, s.name()))
                            .getSpec()
                            .getSecurityContext()
                            .getRunAsUser())
                    .as("%s runs as the image's user", s.name())
                    .isEqualTo(185L);
        }
        String buildImages = Files.readString(Repo.ROOT.resolve("containers/build-images"));
        String containerTest = Files.readString(Repo.ROOT.resolve("containers/test"));
        for (ServiceConfig s : SERVICES) {
            Matcher loop = Pattern.compile("for service in ([^;]+); do").matcher(buildImages);
            assertThat(loop.find()).isTrue();
            assertThat(loop.group(1).trim().split("\\s+"))
                    .as("containers/build-images builds %s's image", s.name())
                    .contains(s.name());
            Matcher maven = Pattern.compile("package -DskipTests -pl (\\S+)").matcher(buildImages);
            assertThat(maven.find()).isTrue();
            assertThat(maven.group(1).split(","))
                    .as("containers/build-images packages %s", s.name())
                    .contains(s.name());
            assertThat(containerTest)
                    .as("containers/test waits for %s to be healthy", s.name())
                    .containsPattern("(?s)services=\\([^)]*\\b" + Pattern.quote(s.name()) + "\\b");
        }
    }

    /** The podman override (containers/test) swaps the images a registry would give and changes nothing else. */
    @Test
    void thePodmanOverrideOnlyNamesLocalImages() {
        Map<String, Object> services =
                map(Repo.single(Repo.ROOT.resolve("docker-compose.podman.yml")).get("services"));
        assertThat(services).containsOnlyKeys("kafka", "kafka-topics", "postgres");
        services.forEach((name, override) -> {
            assertThat(map(override)).as(name).containsOnlyKeys("image");
            assertThat((String) map(override).get("image")).as(name).startsWith("localhost/dianxiaoer/");
        });
        assertThat(map(map(COMPOSE.get("services"))).keySet()).containsAll(services.keySet());
    }

    /** The chat API (and the workbench) for customers and agents, and insights-service's dashboard for shop owners. */
    @Test
    void onlyTheChatApiAndTheShopOwnersDashboardArePublished() {
        Map<String, String> published = Map.of(
                "greeting-service", "GREETING_HOST_PORT",
                "insights-service", "INSIGHTS_HOST_PORT");
        for (String name : map(COMPOSE.get("services")).keySet()) {
            List<Object> ports = list(service(name).get("ports"));
            if (published.containsKey(name)) {
                int port = ServiceConfig.of(name).httpPort();
                assertThat(ports)
                        .singleElement()
                        .satisfies(p -> assertThat((String) p)
                                .isEqualTo("${" + published.get(name) + ":-" + port + "}:" + port));
            } else if (name.equals("jaeger")) {
                assertThat(list(service(name).get("profiles"))).containsExactly("tracing");
            } else {
                assertThat(ports).as("%s publishes no port", name).isEmpty();
            }
        }
        // Each page links to the other at the address the browser reaches it by: the published ports.
        assertThat(interpolate(environment("greeting-service").get("DIANXIAOER_WORKBENCH_INSIGHTS_URL"), Map.of()))
                .isEqualTo("http://localhost:"
                        + ServiceConfig.of("insights-service").httpPort() + "/insights/");
        assertThat(interpolate(environment("insights-service").get("DIANXIAOER_INSIGHTS_WORKBENCH_URL"), Map.of()))
                .isEqualTo("http://localhost:"
                        + ServiceConfig.of("greeting-service").httpPort() + "/workbench/");
        assertThat(interpolate(
                        environment("greeting-service").get("DIANXIAOER_WORKBENCH_INSIGHTS_URL"),
                        Map.of("INSIGHTS_HOST_PORT", "18084")))
                .as("a port moved in .env moves the link too")
                .isEqualTo("http://localhost:18084/insights/");
    }

    @Test
    void kafkaTopicsCreatedAreTheSystemsTopics() {
        String command = String.join(
                "\n",
                list(service("kafka-topics").get("command")).stream()
                        .map(String::valueOf)
                        .toList());
        Matcher m =
                Pattern.compile("(?s)for topic in ([^;]+); do(.*?)\\bdone\\b").matcher(command);
        Set<String> plain = new TreeSet<>();
        Set<String> compacted = new TreeSet<>();
        while (m.find()) {
            List<String> topics = List.of(m.group(1).trim().split("\\s+"));
            String body = m.group(2);
            assertThat(body).contains("--create --if-not-exists").contains("--partitions 3");
            (body.contains("--config cleanup.policy=compact") ? compacted : plain).addAll(topics);
        }
        assertThat(plain).isEqualTo(KubernetesManifestsTest.systemTopics());
        assertThat(compacted)
                .as("insights-service's topics: compacted, without dead letters")
                .isEqualTo(new TreeSet<>(Topics.INSIGHTS));
        assertThat(environment("kafka"))
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat((String) service("kafka").get("image")).startsWith("apache/kafka:");
    }

    @Test
    void postgresCreatesOneDatabasePerServiceWithThePasswordsTheServicesUse() throws IOException {
        Map<String, String> env = environment("postgres");
        for (ServiceConfig s : ServiceConfig.withDatabase()) {
            String variable = s.database().toUpperCase() + "_DB_PASSWORD";
            assertThat(env.get(variable))
                    .as("postgres gets %s", variable)
                    .isEqualTo(environment(s.name()).get("QUARKUS_DATASOURCE_PASSWORD"));
        }
        String script = Files.readString(Manifests.overlay("dev").resolve("postgres/create-databases.sh"));
        for (ServiceConfig s : ServiceConfig.withDatabase()) {
            assertThat(script)
                    .contains("create " + s.database() + " \"${" + s.database().toUpperCase() + "_DB_PASSWORD:?}\"");
        }
        assertThat(at(service("postgres"), "healthcheck.test").toString()).contains("127.0.0.1");
    }

    private static void dropIds(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.elements().forEachRemaining(DockerComposeTest::dropIds);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(DockerComposeTest::dropIds);
        }
    }

    private static String projectVersion() {
        try {
            String pom = Files.readString(Repo.ROOT.resolve("pom.xml"));
            Matcher m = Pattern.compile("<artifactId>dianxiaoer-parent</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Docker's memory units are binary: 768m is 768 MiB. */
    private static BigDecimal dockerBytes(String value) {
        Matcher m = Pattern.compile("(\\d+)([bkmg]?)").matcher(value.toLowerCase());
        assertThat(m.matches()).as("mem_limit %s", value).isTrue();
        long unit = switch (m.group(2)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return BigDecimal.valueOf(Long.parseLong(m.group(1)) * unit);
    }
}
