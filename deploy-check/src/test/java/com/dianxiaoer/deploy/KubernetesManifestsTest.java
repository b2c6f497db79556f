package com.dianxiaoer.deploy;

import static com.dianxiaoer.deploy.Repo.at;
import static com.dianxiaoer.deploy.Repo.list;
import static com.dianxiaoer.deploy.Repo.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dianxiaoer.events.Topics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** k8s/: valid Kubernetes, and the same ports, probes, environment, topics and databases as the services' own configuration. */
class KubernetesManifestsTest {
    private static final List<ServiceConfig> SERVICES = ServiceConfig.all();
    /** Peak resident memory measured (docs/measured.md), in MB; greeting's plus ~150 MB for the NLU model to come. */
    static final Map<String, Integer> MEASURED_MB = Map.of(
            "greeting-service", 355 + 150, "negotiation-service", 248, "order-service", 241, "aftersales-service", 256);
    /** The heap the local run gives each service (local-stack's Service table); a pod should not get less. */
    static final Map<String, Integer> LOCAL_HEAP_MIB = Map.of(
            "greeting-service", 384, "negotiation-service", 256, "order-service", 256, "aftersales-service", 256);
    /** Secrets prod reads that ops create (docs/deploy.md): never in git. */
    static final Set<String> PROD_EXTERNAL_SECRETS = Set.of(
            "greeting-service-db",
            "negotiation-service-db",
            "order-service-db",
            "aftersales-service-db",
            "greeting-service-ops");

    static Set<String> systemTopics() {
        Set<String> topics = new TreeSet<>();
        for (String t : Topics.ALL) {
            topics.add(t);
            topics.add(Topics.deadLetter(t));
        }
        return topics;
    }

    @Test
    void everyKustomizationNamesFilesThatExistAndEveryOverlayBuildsOnTheBase() throws IOException {
        List<Path> kustomizations;
        try (var files = Files.walk(Repo.K8S)) {
            kustomizations = files.filter(Repo::isKustomization).sorted().toList();
        }
        assertThat(kustomizations)
                .extracting(p -> Repo.K8S.relativize(p).toString())
                .containsExactlyInAnyOrder(
                        "base/kustomization.yaml",
                        "overlays/dev/kustomization.yaml",
                        "overlays/prod/kustomization.yaml");
        List<String> problems = new ArrayList<>();
        for (Path k : kustomizations) {
            Path dir = k.getParent();
            Map<String, Object> doc = Repo.single(k);
            if (!"kustomize.config.k8s.io/v1beta1".equals(doc.get("apiVersion"))
                    || !"Kustomization".equals(doc.get("kind"))) {
                problems.add(k + ": apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization");
            }
            Set<String> known = Set.of(
                    "apiVersion",
                    "kind",
                    "namespace",
                    "resources",
                    "patches",
                    "images",
                    "configMapGenerator",
                    "secretGenerator",
                    "labels",
                    "generatorOptions");
            if (!known.containsAll(doc.keySet())) {
                problems.add(k + ": unexpected (or deprecated) fields " + doc.keySet());
            }
            List<String> paths = new ArrayList<>();
            list(doc.get("resources")).forEach(r -> paths.add((String) r));
            list(doc.get("patches")).forEach(p -> {
                Object path = map(p).get("path");
                if (path != null) {
                    paths.add((String) path);
                } else if (!(map(p).get("patch") instanceof String) || map(p).get("target") == null) {
                    problems.add(k + ": an inline patch needs patch and target");
                }
            });
            for (Object g : list(doc.get("configMapGenerator"))) {
                list(map(g).get("files"))
                        .forEach(f ->
                                paths.add(((String) f).contains("=") ? ((String) f).split("=", 2)[1] : (String) f));
            }
            for (String path : paths) {
                Path target = dir.resolve(path).normalize();
                if (!Files.exists(target)) {
                    problems.add(k + ": " + path + " does not exist");
                } else if (Files.isDirectory(target) && !Files.exists(target.resolve("kustomization.yaml"))) {
                    problems.add(k + ": " + path + " is a directory without a kustomization.yaml");
                } else if (!target.startsWith(dir) && !Files.isDirectory(target)) {
                    problems.add(k + ": " + path
                            + " is a file outside the kustomization's directory (kustomize refuses it)");
                }
            }
            if (dir.startsWith(Repo.K8S.resolve("overlays"))) {
                if (!list(doc.get("resources")).contains("../../base")) {
                    problems.add(k + ": an overlay must build on ../../base");
                }
                if (!(doc.get("namespace") instanceof String)) {
                    problems.add(k + ": an overlay sets its namespace");
                }
            }
        }
        try (var files = Files.walk(Repo.K8S)) {
            Set<Path> referenced = new HashSet<>();
            for (Path k : kustomizations) {
                Map<String, Object> doc = Repo.single(k);
                list(doc.get("resources"))
                        .forEach(r ->
                                referenced.add(k.getParent().resolve((String) r).normalize()));
                list(doc.get("patches"))
                        .forEach(p -> Optional.ofNullable(map(p).get("path"))
                                .ifPresent(path -> referenced.add(
                                        k.getParent().resolve((String) path).normalize())));
            }
            files.filter(p -> p.toString().endsWith(".yaml")
                            && !Repo.isKustomization(p)
                            && !referenced.contains(p.normalize()))
                    .forEach(p -> problems.add(p + ": no kustomization uses this file"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theBaseIsValidKubernetes() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.base(problems);
        Kube.validate(objects, problems);
        CustomResources.validate(objects, problems);
        assertThat(problems).isEmpty();
        assertThat(objects)
                .extracting(Kube.Obj::kind)
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "NetworkPolicy",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic");
        assertThat(objects)
                .allSatisfy(o -> assertThat(at(o.raw(), "metadata.namespace"))
                        .as("%s: the overlay sets the namespace", o)
                        .isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void anOverlaysOwnFilesAreValidAndItsPatchesMeetTheBase(String overlay) {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> base = Manifests.base(problems);
        List<Kube.Obj> own = Manifests.ownObjects(Manifests.overlay(overlay), problems);
        List<Kube.Obj> all = new ArrayList<>(base);
        all.addAll(own);
        Kube.validate(own, problems);
        CustomResources.validate(all, problems);
        for (Object p : list(Manifests.kustomization(Manifests.overlay(overlay)).get("patches"))) {
            Map<String, Object> patch = map(p);
            if (patch.get("path") instanceof String path) {
                Map<String, Object> doc = Repo.single(Manifests.overlay(overlay).resolve(path));
                boolean meets = base.stream()
                        .anyMatch(o -> o.kind().equals(doc.get("kind"))
                                && o.name().equals(at(doc, "metadata.name"))
                                && o.apiVersion().equals(doc.get("apiVersion")));
                if (!meets) {
                    problems.add(overlay + "/" + path + ": patches " + doc.get("kind") + " " + at(doc, "metadata.name")
                            + ", which the base does not have");
                }
            } else {
                Object kind = at(map(patch.get("target")), "kind");
                if (base.stream().noneMatch(o -> o.kind().equals(kind))) {
                    problems.add(overlay + ": an inline patch targets " + kind + ", of which the base has none");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void anOverlayRendersToValidKubernetesWhoseReferencesResolve(String overlay) {
        Optional<Path> kubectl = Manifests.kubectl();
        assumeTrue(
                kubectl.isPresent(),
                "kubectl (with its kustomize) is not installed: rendering skipped, the other tests still check the files");
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.rendered(kubectl.get(), overlay, problems);
        Kube.validate(objects, problems);
        CustomResources.validate(objects, problems);
        String namespace =
                (String) Manifests.kustomization(Manifests.overlay(overlay)).get("namespace");
        for (Kube.Obj o : objects) {
            if (o.kind().equals("Namespace")) {
                assertThat(o.name()).isEqualTo(namespace);
            } else if (!namespace.equals(at(o.raw(), "metadata.namespace"))) {
                problems.add(o + ": not in namespace " + namespace);
            }
        }
        Set<String> configMaps = names(objects, "ConfigMap");
        Map<String, Set<String>> secrets = new HashMap<>();
        for (Kube.Obj s : CustomResources.of(objects, "Secret")) {
            Set<String> keys = new HashSet<>(map(s.raw().get("data")).keySet());
            keys.addAll(map(s.raw().get("stringData")).keySet());
            secrets.put(s.name(), keys);
        }
        Predicate<String> external = name -> overlay.equals("prod") && PROD_EXTERNAL_SECRETS.contains(name);
        for (Kube.Obj o : objects) {
            PodSpec pod = o.typed() instanceof Deployment d
                    ? d.getSpec().getTemplate().getSpec()
                    : o.typed() instanceof StatefulSet s
                            ? s.getSpec().getTemplate().getSpec()
                            : null;
            if (pod == null) {
                continue;
            }
            for (Container c : pod.getContainers()) {
                for (EnvVar e : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                    if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                        var ref = e.getValueFrom().getSecretKeyRef();
                        if (!external.test(ref.getName())
                                && !Objects.requireNonNullElse(secrets.get(ref.getName()), Set.of())
                                        .contains(ref.getKey())) {
                            problems.add(o + ": env " + e.getName() + " reads key " + ref.getKey() + " of Secret "
                                    + ref.getName() + ", which is not there");
                        }
                    }
                }
                c.getEnvFrom().stream()
                        .filter(e -> e.getConfigMapRef() != null
                                && !configMaps.contains(e.getConfigMapRef().getName()))
                        .forEach(e -> problems.add(
                                o + ": envFrom ConfigMap " + e.getConfigMapRef().getName() + " is not there"));
            }
            Objects.requireNonNullElse(pod.getVolumes(), List.<io.fabric8.kubernetes.api.model.Volume>of()).stream()
                    .filter(v -> v.getConfigMap() != null
                            && !configMaps.contains(v.getConfigMap().getName()))
                    .forEach(v -> problems.add(
                            o + ": volume ConfigMap " + v.getConfigMap().getName() + " is not there"));
        }
        for (Kube.Obj cluster : CustomResources.of(objects, "Cluster")) {
            List<Object> refs = new ArrayList<>();
            refs.add(at(cluster.spec(), "bootstrap.initdb.secret.name"));
            list(at(cluster.spec(), "managed.roles")).forEach(r -> refs.add(at(map(r), "passwordSecret.name")));
            refs.stream()
                    .filter(r -> !secrets.containsKey(r) && !external.test((String) r))
                    .forEach(r -> problems.add(cluster + ": Secret " + r + " is neither here nor one ops create"));
        }
        if (overlay.equals("prod")) {
            assertThat(CustomResources.of(objects, "Secret"))
                    .as("prod keeps no secret in git")
                    .isEmpty();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void deploymentsMatchEachServicesConfiguration() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.base(problems);
        Map<String, String> shared = shared(objects);
        for (ServiceConfig s : SERVICES) {
            for (String key : List.of(
                    "quarkus.http.root-path",
                    "quarkus.http.non-application-root-path",
                    "quarkus.smallrye-health.root-path",
                    "quarkus.smallrye-health.liveness-path",
                    "quarkus.smallrye-health.readiness-path",
                    "quarkus.smallrye-health.startup-path",
                    "quarkus.micrometer.export.prometheus.path")) {
                assertThat(s.properties().getProperty(key))
                        .as("%s overrides %s: the probes and scrape paths below assume the defaults", s.name(), key)
                        .isNull();
            }
            Deployment d = one(objects, "Deployment", s.name()).as(Deployment.class);
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(c.getName()).isEqualTo(s.name());
            assertThat(c.getImage()).startsWith(s.imageRepository() + ":");
            assertThat(c.getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getContainerPort())
                        .as("%s containerPort = quarkus.http.port", s.name())
                        .isEqualTo(s.httpPort());
            });
            Map<String, EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
            assertThat(env.get("QUARKUS_HTTP_PORT").getValue()).isEqualTo(String.valueOf(s.httpPort()));
            for (var entry : Map.of(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "jdbc-url",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "username",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "password")
                    .entrySet()) {
                var ref = env.get(entry.getKey()).getValueFrom().getSecretKeyRef();
                assertThat(ref.getName() + "/" + ref.getKey()).isEqualTo(s.name() + "-db/" + entry.getValue());
            }
            Set<String> names = new TreeSet<>(env.keySet());
            c.getEnvFrom().forEach(e -> names.addAll(shared.keySet()));
            for (String name : names) {
                if (!s.reads(name)) {
                    problems.add(s.name() + ": sets " + name + ", which is no setting of its application.properties");
                }
            }
            assertThat(names)
                    .contains(
                            "KAFKA_BOOTSTRAP_SERVERS",
                            "QUARKUS_OTEL_SDK_DISABLED",
                            "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
            probe(s, c.getStartupProbe(), "/q/health/started");
            probe(s, c.getReadinessProbe(), "/q/health/ready");
            probe(s, c.getLivenessProbe(), "/q/health/live");
            Map<String, String> annotations =
                    d.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(annotations)
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(s.httpPort()));

            Service svc = one(objects, "Service", s.name()).as(Service.class);
            assertThat(svc.getSpec().getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(s.httpPort());
                assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
            });
            HorizontalPodAutoscaler hpa =
                    one(objects, "HorizontalPodAutoscaler", s.name()).as(HorizontalPodAutoscaler.class);
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(s.name());
            PodDisruptionBudget pdb =
                    one(objects, "PodDisruptionBudget", s.name()).as(PodDisruptionBudget.class);
            assertThat(Kube.matches(
                            pdb.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .isTrue();
        }
        assertThat(problems).isEmpty();
    }

    private static void probe(ServiceConfig s, Probe probe, String path) {
        assertThat(probe).as("%s: a probe on %s", s.name(), path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    @Test
    void memoryIsSizedFromWhatWasMeasured() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.base(problems);
        for (ServiceConfig s : SERVICES) {
            Container c = one(objects, "Deployment", s.name())
                    .as(Deployment.class)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            BigDecimal request =
                    Quantity.getAmountInBytes(c.getResources().getRequests().get("memory"));
            BigDecimal limit =
                    Quantity.getAmountInBytes(c.getResources().getLimits().get("memory"));
            BigDecimal measured = BigDecimal.valueOf(MEASURED_MB.get(s.name()) * 1_000_000L);
            assertThat(request)
                    .as("%s: memory request covers the measured %d MB", s.name(), MEASURED_MB.get(s.name()))
                    .isGreaterThanOrEqualTo(measured);
            assertThat(limit)
                    .as("%s: memory limit leaves 25%% above the measured peak", s.name())
                    .isGreaterThanOrEqualTo(measured.multiply(BigDecimal.valueOf(1.25)));
            int ratio = imageHeapPercent();
            BigDecimal heap = limit.multiply(BigDecimal.valueOf(ratio)).divide(BigDecimal.valueOf(100));
            assertThat(heap)
                    .as("%s: the heap (%d%% of the limit) is at least the local run's", s.name(), ratio)
                    .isGreaterThanOrEqualTo(BigDecimal.valueOf(LOCAL_HEAP_MIB.get(s.name()) * 1024L * 1024L));
        }
        assertThat(problems).isEmpty();
    }

    /** The heap the service image gives the JVM, as a share of the container's memory limit. */
    private static int imageHeapPercent() {
        try {
            Matcher m = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)")
                    .matcher(Files.readString(Repo.ROOT.resolve("containers/service/Dockerfile")));
            assertThat(m.find())
                    .as("the service image sets -XX:MaxRAMPercentage")
                    .isTrue();
            return Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void kafkaTopicsAreTheSystemsTopicsAndAutoscalingStopsAtThePartitions() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.base(problems);
        Map<String, Integer> partitions = partitions(objects);
        assertThat(partitions.keySet())
                .as("KafkaTopic resources = Topics.ALL and their .dlq")
                .isEqualTo(systemTopics());
        for (ServiceConfig s : SERVICES) {
            assertThat(systemTopics()).as("%s's topics", s.name()).containsAll(s.topics());
        }
        checkScaling(objects, partitions, problems);
        Optional<Path> kubectl = Manifests.kubectl();
        if (kubectl.isPresent()) {
            for (String overlay : Manifests.OVERLAYS) {
                List<Kube.Obj> rendered = Manifests.rendered(kubectl.get(), overlay, problems);
                checkScaling(rendered, partitions(rendered), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Map<String, Integer> partitions(List<Kube.Obj> objects) {
        Map<String, Integer> partitions = new TreeMap<>();
        for (Kube.Obj t : CustomResources.of(objects, "KafkaTopic")) {
            partitions.put((String) t.spec().getOrDefault("topicName", t.name()), (Integer)
                    t.spec().get("partitions"));
        }
        return partitions;
    }

    /** More consumers in a group than partitions would idle: each service's autoscaler stops at the partitions it reads. */
    private static void checkScaling(List<Kube.Obj> objects, Map<String, Integer> partitions, List<String> problems) {
        for (ServiceConfig s : SERVICES) {
            HorizontalPodAutoscaler hpa =
                    one(objects, "HorizontalPodAutoscaler", s.name()).as(HorizontalPodAutoscaler.class);
            for (String key : s.properties().stringPropertyNames()) {
                if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                    String topic = s.get(key);
                    if (hpa.getSpec().getMaxReplicas() > partitions.getOrDefault(topic, 0)) {
                        problems.add(s.name() + ": scales to " + hpa.getSpec().getMaxReplicas() + " but " + topic
                                + " has " + partitions.get(topic) + " partitions");
                    }
                }
            }
        }
    }

    @Test
    void theServicesFindKafkaAtTheClustersListener() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.base(problems);
        Kube.Obj kafka = CustomResources.of(objects, "Kafka").get(0);
        Map<String, Object> plain = list(at(kafka.raw(), "spec.kafka.listeners")).stream()
                .map(Repo::map)
                .filter(l -> "internal".equals(l.get("type")) && Boolean.FALSE.equals(l.get("tls")))
                .findFirst()
                .orElseThrow();
        assertThat(shared(objects).get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(kafka.name() + "-kafka-bootstrap:" + plain.get("port"));
        Map<String, Object> peer = map(list(plain.get("networkPolicyPeers")).get(0));
        Map<String, Object> peerLabels = map(at(peer, "podSelector.matchLabels"));
        for (ServiceConfig s : SERVICES) {
            Map<String, String> labels = one(objects, "Deployment", s.name())
                    .as(Deployment.class)
                    .getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels();
            assertThat(labels).as("%s may reach Kafka's listener", s.name()).containsAllEntriesOf(strings(peerLabels));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachServiceHasItsOwnDatabaseInBothOverlays() throws IOException {
        Map<String, Object> dev = Manifests.kustomization(Manifests.overlay("dev"));
        Map<String, Map<String, String>> generated = new HashMap<>();
        for (Object g : list(dev.get("secretGenerator"))) {
            Map<String, String> literals = new LinkedHashMap<>();
            list(map(g).get("literals"))
                    .forEach(l -> literals.put(((String) l).split("=", 2)[0], ((String) l).split("=", 2)[1]));
            generated.put((String) map(g).get("name"), literals);
        }
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> devObjects = Manifests.ownObjects(Manifests.overlay("dev"), problems);
        Service postgres = one(devObjects, "Service", "postgres").as(Service.class);
        String script = Files.readString(Manifests.overlay("dev").resolve("postgres/create-databases.sh"));
        Matcher created = Pattern.compile("(?m)^create (\\S+) ").matcher(script);
        Set<String> createdDatabases = new TreeSet<>();
        while (created.find()) {
            createdDatabases.add(created.group(1));
        }
        List<Kube.Obj> prod = Manifests.ownObjects(Manifests.overlay("prod"), problems);
        Kube.Obj cluster = CustomResources.of(prod, "Cluster").get(0);
        Set<String> prodDatabases = new TreeSet<>();
        prodDatabases.add((String) at(cluster.spec(), "bootstrap.initdb.database"));
        CustomResources.of(prod, "Database")
                .forEach(d -> prodDatabases.add((String) d.spec().get("name")));
        Map<String, String> prodSecretByRole = new HashMap<>();
        prodSecretByRole.put((String) at(cluster.spec(), "bootstrap.initdb.owner"), (String)
                at(cluster.spec(), "bootstrap.initdb.secret.name"));
        list(at(cluster.spec(), "managed.roles"))
                .forEach(r ->
                        prodSecretByRole.put((String) map(r).get("name"), (String) at(map(r), "passwordSecret.name")));

        Set<String> databases = new TreeSet<>();
        for (ServiceConfig s : SERVICES) {
            databases.add(s.database());
            Map<String, String> secret = generated.get(s.name() + "-db");
            assertThat(secret).as("dev generates %s-db", s.name()).isNotNull();
            String url = secret.get("jdbc-url");
            assertThat(ServiceConfig.databaseOf(url))
                    .as("%s's database in dev", s.name())
                    .isEqualTo(s.database());
            assertThat(url)
                    .startsWith("jdbc:postgresql://" + postgres.getMetadata().getName() + ":");
            assertThat(ServiceConfig.portOf(url))
                    .isEqualTo(postgres.getSpec().getPorts().get(0).getPort());
            assertThat(secret.get("username"))
                    .as("each database is owned by the role of its name")
                    .isEqualTo(s.database());
            assertThat(prodSecretByRole)
                    .as("prod: role %s's password is in the Secret the service reads", s.database())
                    .containsEntry(s.database(), s.name() + "-db");
        }
        assertThat(databases).hasSize(SERVICES.size());
        assertThat(createdDatabases).as("created by create-databases.sh").isEqualTo(databases);
        assertThat(prodDatabases).as("CloudNativePG's databases").isEqualTo(databases);
        assertThat(problems).isEmpty();
    }

    @Test
    void networkPoliciesLetOnlyWhatMustTalk() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = new ArrayList<>(Manifests.base(problems));
        objects.addAll(Manifests.ownObjects(Manifests.overlay("dev"), problems));
        List<NetworkPolicy> policies = CustomResources.of(objects, "NetworkPolicy").stream()
                .map(o -> o.as(NetworkPolicy.class))
                .toList();
        Map<String, String> kafkaPod = Map.of(
                "strimzi.io/cluster",
                CustomResources.of(objects, "Kafka").get(0).name(),
                "strimzi.io/kind",
                "Kafka");
        Map<String, String> databasePod = one(objects, "StatefulSet", "postgres")
                .as(StatefulSet.class)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
        for (ServiceConfig s : SERVICES) {
            Map<String, String> pod = one(objects, "Deployment", s.name())
                    .as(Deployment.class)
                    .getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels();
            List<NetworkPolicy> applying = policies.stream()
                    .filter(p -> Kube.matches(p.getSpec().getPodSelector(), pod))
                    .toList();
            assertThat(applying.stream()
                            .flatMap(p -> p.getSpec().getPolicyTypes().stream())
                            .collect(Collectors.toSet()))
                    .as("%s is isolated both ways", s.name())
                    .contains("Ingress", "Egress");
            var ingress = applying.stream()
                    .flatMap(p -> Objects.requireNonNullElse(
                            p.getSpec().getIngress(),
                            List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule>of())
                            .stream())
                    .toList();
            Set<Integer> ports = new TreeSet<>();
            ingress.forEach(r -> Objects.requireNonNullElse(r.getPorts(), List.<NetworkPolicyPort>of())
                    .forEach(p -> ports.add(p.getPort().getIntVal())));
            assertThat(ingress)
                    .as("%s: every ingress rule names ports", s.name())
                    .allSatisfy(r -> assertThat(r.getPorts()).isNotEmpty());
            boolean open = ingress.stream()
                    .anyMatch(r -> r.getFrom() == null || r.getFrom().isEmpty());
            if (s.name().equals("greeting-service") || s.name().equals("order-service")) {
                // The widget calls greeting-service; the shop's order system calls order-service (behind the ops key).
                assertThat(open)
                        .as("%s is open to its callers outside the cluster", s.name())
                        .isTrue();
                assertThat(ports).as("%s takes its HTTP port only", s.name()).containsExactly(s.httpPort());
            } else {
                assertThat(open)
                        .as("%s takes no traffic from anywhere", s.name())
                        .isFalse();
                assertThat(ports).as("%s: ports it is reachable on", s.name()).contains(s.httpPort());
                assertThat(ingress)
                        .allSatisfy(r -> assertThat(r.getFrom())
                                .allSatisfy(from -> assertThat(
                                                from.getNamespaceSelector().getMatchLabels())
                                        .containsEntry("kubernetes.io/metadata.name", "monitoring")));
            }
            var egress = applying.stream()
                    .flatMap(p -> Objects.requireNonNullElse(
                            p.getSpec().getEgress(),
                            List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule>of())
                            .stream())
                    .toList();
            assertThat(egress)
                    .as("%s: no egress rule opens every port", s.name())
                    .allSatisfy(r -> assertThat(r.getPorts()).isNotEmpty());
            int databasePort = ServiceConfig.portOf(s.get("quarkus.datasource.jdbc.url"));
            assertThat(allows(egress, 9092, kafkaPod))
                    .as("%s reaches Kafka", s.name())
                    .isTrue();
            assertThat(allows(egress, databasePort, databasePod))
                    .as("%s reaches PostgreSQL", s.name())
                    .isTrue();
            assertThat(egress.stream()
                            .anyMatch(r -> r.getPorts().stream()
                                    .anyMatch(p -> p.getPort().getIntVal() == 53 && "UDP".equals(p.getProtocol()))))
                    .as("%s resolves names", s.name())
                    .isTrue();
            assertThat(pod)
                    .as("%s is a database client", s.name())
                    .containsEntry("dianxiaoer.io/database-client", "true");
        }
        List<NetworkPolicy> databasePolicies = policies.stream()
                .filter(p -> Kube.matches(p.getSpec().getPodSelector(), databasePod))
                .toList();
        assertThat(databasePolicies).as("PostgreSQL is isolated").isNotEmpty();
        assertThat(databasePolicies)
                .flatExtracting(p -> p.getSpec().getIngress())
                .allSatisfy(r -> {
                    assertThat(r.getFrom())
                            .as("PostgreSQL is reachable from named pods only")
                            .isNotEmpty();
                    assertThat(r.getPorts())
                            .extracting(p -> p.getPort().getIntVal())
                            .containsOnly(5432);
                });
        assertThat(problems).isEmpty();
    }

    private static boolean allows(
            List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule> egress,
            int port,
            Map<String, String> target) {
        for (var rule : egress) {
            boolean portOk = rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port);
            boolean peerOk = rule.getTo() == null
                    || rule.getTo().isEmpty()
                    || rule.getTo().stream()
                            .map(NetworkPolicyPeer::getPodSelector)
                            .anyMatch(sel -> sel != null && Kube.matches(sel, target));
            if (portOk && peerOk) {
                return true;
            }
        }
        return false;
    }

    static Kube.Obj one(List<Kube.Obj> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static Map<String, String> shared(List<Kube.Obj> objects) {
        return strings(map(one(objects, "ConfigMap", "dianxiaoer-config").raw().get("data")));
    }

    private static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    private static Set<String> names(List<Kube.Obj> objects, String kind) {
        return CustomResources.of(objects, kind).stream().map(Kube.Obj::name).collect(Collectors.toSet());
    }
}
