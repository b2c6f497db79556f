package com.dianxiaoer.deploy;

import static com.dianxiaoer.deploy.Repo.at;
import static com.dianxiaoer.deploy.Repo.list;
import static com.dianxiaoer.deploy.Repo.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dianxiaoer.events.Topics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
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
    /**
     * Peak resident memory measured (docs/measured.md), in MB; greeting's plus ~150 MB for the NLU model to come;
     * insights-service's under its throughput benchmark (bench/insights.sh).
     */
    static final Map<String, Integer> MEASURED_MB = Map.of(
            "greeting-service", 355 + 150,
            "negotiation-service", 248,
            "order-service", 241,
            "aftersales-service", 256,
            "insights-service", 364);
    /** The heap the local run gives each service (local-stack's Service table); a pod should not get less. */
    static final Map<String, Integer> LOCAL_HEAP_MIB = Map.of(
            "greeting-service", 384,
            "negotiation-service", 256,
            "order-service", 256,
            "aftersales-service", 256,
            "insights-service", 256);
    /**
     * The services that callers outside the cluster reach, and open to any source: the widget calls greeting-service,
     * the shop's order system order-service (behind the ops key), the shop owners' browsers insights-service's
     * dashboard (its API behind the ops key or a shop admin's session).
     */
    static final Set<String> OPEN_TO_CALLERS_OUTSIDE = Set.of("greeting-service", "order-service", "insights-service");
    /** Secrets prod reads that ops create (docs/deploy.md): never in git. */
    static final Set<String> PROD_EXTERNAL_SECRETS = Set.of(
            "greeting-service-db",
            "negotiation-service-db",
            "order-service-db",
            "aftersales-service-db",
            "greeting-service-ops");

    /** Topics.ALL and their dead-letter topics. */
    static Set<String> systemTopics() {
        Set<String> topics = new TreeSet<>();
        for (String t : Topics.ALL) {
            topics.add(t);
            topics.add(Topics.deadLetter(t));
        }
        return topics;
    }

    /** Every topic a deployment creates: the system's with their dead letters, and insights-service's (no dead letters). */
    static Set<String> allTopics() {
        Set<String> topics = systemTopics();
        topics.addAll(Topics.INSIGHTS);
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
                        "StatefulSet",
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
                Object name = at(map(patch.get("target")), "name");
                if (base.stream().noneMatch(o -> o.kind().equals(kind))) {
                    problems.add(overlay + ": an inline patch targets " + kind + ", of which the base has none");
                } else if (name != null
                        && base.stream()
                                .noneMatch(
                                        o -> o.kind().equals(kind) && o.name().equals(name))) {
                    problems.add(overlay + ": an inline patch targets " + kind + " " + name + ", which the base lacks");
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
                for (EnvVar e : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                    if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = e.getValueFrom().getConfigMapKeyRef();
                        boolean there = CustomResources.of(objects, "ConfigMap").stream()
                                .anyMatch(m -> m.name().equals(ref.getName())
                                        && map(m.raw().get("data")).containsKey(ref.getKey()));
                        if (!there) {
                            problems.add(o + ": env " + e.getName() + " reads key " + ref.getKey() + " of ConfigMap "
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
            // What an overlay adds (a patch's variables, the ConfigMap's additions) must be settings the service reads.
            if (ServiceConfig.NAMES.contains(o.name())) {
                ServiceConfig service = ServiceConfig.of(o.name());
                for (String name : environmentNames(objects, pod.getContainers().get(0))) {
                    if (!service.reads(name)) {
                        problems.add(o + ": sets " + name + ", which is no setting of its application.properties");
                    }
                }
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
    void workloadsMatchEachServicesConfiguration() {
        List<String> problems = new ArrayList<>();
        List<Kube.Obj> objects = Manifests.base(problems);
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
            Kube.Obj workload = workload(objects, s.name());
            assertThat(workload.kind())
                    .as(
                            "%s: a StatefulSet if it keeps local state (its own volume per pod), else a Deployment",
                            s.name())
                    .isEqualTo(s.stateDirVariable() != null ? "StatefulSet" : "Deployment");
            PodTemplateSpec template = podTemplate(workload);
            Container c = template.getSpec().getContainers().get(0);
            assertThat(c.getName()).isEqualTo(s.name());
            assertThat(c.getImage()).startsWith(s.imageRepository() + ":");
            assertThat(c.getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getContainerPort())
                        .as("%s containerPort = quarkus.http.port", s.name())
                        .isEqualTo(s.httpPort());
            });
            Map<String, EnvVar> env = env(c);
            assertThat(env.get("QUARKUS_HTTP_PORT").getValue()).isEqualTo(String.valueOf(s.httpPort()));
            if (s.hasDatabase()) {
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
            }
            var opsKey = env.get("DIANXIAOER_OPS_API_KEY").getValueFrom().getSecretKeyRef();
            assertThat(opsKey.getName() + "/" + opsKey.getKey())
                    .as("%s: the ops key is greeting-service's", s.name())
                    .isEqualTo("greeting-service-ops/api-key");
            assertThat(opsKey.getOptional())
                    .as("%s: a missing ops key stops the rollout rather than opening the admin API", s.name())
                    .isNotEqualTo(Boolean.TRUE);
            Set<String> names = environmentNames(objects, c);
            for (String name : names) {
                if (!s.reads(name)) {
                    problems.add(s.name() + ": sets " + name + ", which is no setting of its application.properties");
                }
            }
            assertThat(names).as("%s's environment", s.name()).contains("KAFKA_BOOTSTRAP_SERVERS");
            if (s.traced()) {
                assertThat(names)
                        .as("%s's environment", s.name())
                        .contains("QUARKUS_OTEL_SDK_DISABLED", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
            }
            probe(s, c.getStartupProbe(), "/q/health/started");
            probe(s, c.getReadinessProbe(), "/q/health/ready");
            probe(s, c.getLivenessProbe(), "/q/health/live");
            Map<String, String> annotations = template.getMetadata().getAnnotations();
            assertThat(annotations)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(s.httpPort()));
            securedLikeTheImageExpects(s, template, c);

            Service svc = one(objects, "Service", s.name()).as(Service.class);
            assertThat(svc.getSpec().getClusterIP())
                    .as("%s's Service balances over its pods", s.name())
                    .isNull();
            assertThat(svc.getSpec().getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(s.httpPort());
                assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
            });
            List<HorizontalPodAutoscaler> autoscalers = CustomResources.of(objects, "HorizontalPodAutoscaler").stream()
                    .map(h -> h.as(HorizontalPodAutoscaler.class))
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(s.name()))
                    .toList();
            if (workload.typed() instanceof StatefulSet set) {
                statefulLikeAKafkaStreamsApplication(s, set, c, objects);
                assertThat(autoscalers)
                        .as("%s: no autoscaler; a new instance restores state before it helps", s.name())
                        .isEmpty();
            } else {
                assertThat(autoscalers)
                        .as("%s: its autoscaler", s.name())
                        .singleElement()
                        .satisfies(
                                h -> assertThat(h.getSpec().getScaleTargetRef().getKind())
                                        .isEqualTo("Deployment"));
            }
            PodDisruptionBudget pdb =
                    one(objects, "PodDisruptionBudget", s.name()).as(PodDisruptionBudget.class);
            assertThat(Kube.matches(
                            pdb.getSpec().getSelector(), template.getMetadata().getLabels()))
                    .isTrue();
        }
        assertThat(problems).isEmpty();
    }

    /** As the image expects (user 185) and as locked down as every service: read-only root, a writable /tmp. */
    private static void securedLikeTheImageExpects(ServiceConfig s, PodTemplateSpec template, Container c) {
        var pod = template.getSpec().getSecurityContext();
        assertThat(pod.getRunAsNonRoot()).as("%s runs as non-root", s.name()).isTrue();
        assertThat(pod.getRunAsUser())
                .as("%s runs as the image's user", s.name())
                .isEqualTo(185L);
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem())
                .as("%s: read-only root filesystem", s.name())
                .isTrue();
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        var tmp = c.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/tmp"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(s.name() + ": no writable /tmp"));
        assertThat(template.getSpec().getVolumes())
                .as("%s: /tmp is an emptyDir", s.name())
                .anySatisfy(v -> {
                    assertThat(v.getName()).isEqualTo(tmp.getName());
                    assertThat(v.getEmptyDir()).isNotNull();
                });
    }

    /**
     * A service with local state (Kafka Streams' stores): a volume of its own per pod where the state directory is,
     * writable by the image's user; a headless Service to govern the pods; at least two pods, the second keeping a warm
     * standby copy of the other's state.
     */
    private static void statefulLikeAKafkaStreamsApplication(
            ServiceConfig s, StatefulSet set, Container c, List<Kube.Obj> objects) {
        Map<String, EnvVar> env = env(c);
        assertThat(env).as("%s places its state", s.name()).containsKey(s.stateDirVariable());
        String stateDir = env.get(s.stateDirVariable()).getValue();
        var mount = c.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals(stateDir))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(s.name() + ": nothing is mounted at its state directory " + stateDir));
        assertThat(set.getSpec().getVolumeClaimTemplates())
                .as("%s: its state directory is a volume claim of each pod's own", s.name())
                .anySatisfy(claim -> {
                    assertThat(claim.getMetadata().getName()).isEqualTo(mount.getName());
                    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
                    assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
                });
        assertThat(set.getSpec().getTemplate().getSpec().getSecurityContext().getFsGroup())
                .as("%s: the volume is writable by the image's user", s.name())
                .isEqualTo(185L);
        Service governing =
                one(objects, "Service", set.getSpec().getServiceName()).as(Service.class);
        assertThat(governing.getSpec().getClusterIP())
                .as("%s: the StatefulSet's Service is headless", s.name())
                .isEqualTo("None");
        int replicas = set.getSpec().getReplicas();
        assertThat(replicas).as("%s: a second pod to fail over to", s.name()).isGreaterThanOrEqualTo(2);
        if (s.kafkaStreams()) {
            assertThat(env).as("%s: standby replicas", s.name()).containsKey("KAFKA_STREAMS_NUM_STANDBY_REPLICAS");
            int standbys = Integer.parseInt(
                    env.get("KAFKA_STREAMS_NUM_STANDBY_REPLICAS").getValue());
            assertThat(standbys)
                    .as("%s: a warm copy of each task's state, on another of its %d pods", s.name(), replicas)
                    .isBetween(1, replicas - 1);
        }
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
            Container c = container(workload(objects, s.name()));
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
                .as("KafkaTopic resources = Topics.ALL and their .dlq, and Topics.INSIGHTS")
                .isEqualTo(allTopics());
        for (ServiceConfig s : SERVICES) {
            assertThat(allTopics()).as("%s's topics", s.name()).containsAll(s.topics());
        }
        for (Kube.Obj t : CustomResources.of(objects, "KafkaTopic")) {
            String name = (String) t.spec().getOrDefault("topicName", t.name());
            if (Topics.INSIGHTS.contains(name)) {
                // One record per conversation or per shop and period, the latest wins; analysts read from the start.
                assertThat(map(t.spec().get("config")).get("cleanup.policy"))
                        .as("%s is compacted", name)
                        .isEqualTo("compact");
            }
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

    /**
     * Kafka Streams creates its own changelog and repartition topics, outside the KafkaTopic resources: they must be
     * replicated as the system's topics are (a lost broker must not lose the state they restore), in the base and in
     * each overlay. A replication factor of -1 is the broker's default.replication.factor.
     */
    @Test
    void kafkaStreamsOwnTopicsAreReplicatedAsTheSystemsTopics() {
        List<String> problems = new ArrayList<>();
        Map<String, List<Kube.Obj>> sets = new LinkedHashMap<>();
        sets.put("base", Manifests.base(problems));
        Manifests.kubectl()
                .ifPresent(kubectl -> Manifests.OVERLAYS.forEach(
                        overlay -> sets.put(overlay, Manifests.rendered(kubectl, overlay, problems))));
        List<ServiceConfig> streams =
                SERVICES.stream().filter(ServiceConfig::kafkaStreams).toList();
        assertThat(streams).as("the Kafka Streams applications").isNotEmpty();
        sets.forEach((set, objects) -> {
            Set<Integer> topicReplicas = CustomResources.of(objects, "KafkaTopic").stream()
                    .map(t -> (Integer) t.spec().get("replicas"))
                    .collect(Collectors.toSet());
            assertThat(topicReplicas)
                    .as("%s: one replication factor for every topic", set)
                    .hasSize(1);
            Object brokerDefault = map(at(
                            CustomResources.of(objects, "Kafka").get(0).spec(), "kafka.config"))
                    .get("default.replication.factor");
            for (ServiceConfig s : streams) {
                Map<String, EnvVar> env = env(container(workload(objects, s.name())));
                assertThat(env)
                        .as("%s in %s sets its topics' replication factor", s.name(), set)
                        .containsKey("KAFKA_STREAMS_REPLICATION_FACTOR");
                int factor = Integer.parseInt(
                        env.get("KAFKA_STREAMS_REPLICATION_FACTOR").getValue());
                assertThat(factor == -1 ? brokerDefault : factor)
                        .as("%s in %s: -1 needs the broker's default.replication.factor", s.name(), set)
                        .isInstanceOf(Integer.class);
                int effective = factor == -1 ? (Integer) brokerDefault : factor;
                assertThat(effective)
                        .as("%s in %s: Kafka Streams' own topics replicated as the others", s.name(), set)
                        .isEqualTo(topicReplicas.iterator().next());
            }
        });
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

    /**
     * More consumers in a group than partitions would idle: each service's autoscaler stops at the partitions it reads,
     * and a StatefulSet (no autoscaler) runs no more pods than that.
     */
    private static void checkScaling(List<Kube.Obj> objects, Map<String, Integer> partitions, List<String> problems) {
        for (ServiceConfig s : SERVICES) {
            Kube.Obj workload = workload(objects, s.name());
            int most;
            String what;
            if (workload.typed() instanceof StatefulSet set) {
                most = set.getSpec().getReplicas();
                what = "runs " + most + " pods";
            } else {
                most = one(objects, "HorizontalPodAutoscaler", s.name())
                        .as(HorizontalPodAutoscaler.class)
                        .getSpec()
                        .getMaxReplicas();
                what = "scales to " + most;
            }
            for (String topic : s.inputTopics()) {
                if (most > partitions.getOrDefault(topic, 0)) {
                    problems.add(
                            s.name() + ": " + what + " but " + topic + " has " + partitions.get(topic) + " partitions");
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
            PodTemplateSpec template = podTemplate(workload(objects, s.name()));
            Map<String, String> labels = template.getMetadata().getLabels();
            assertThat(labels).as("%s may reach Kafka's listener", s.name()).containsAllEntriesOf(strings(peerLabels));
            Container c = template.getSpec().getContainers().get(0);
            EnvVar bootstrap = env(c).get("KAFKA_BOOTSTRAP_SERVERS");
            var keyRef = bootstrap == null || bootstrap.getValueFrom() == null
                    ? null
                    : bootstrap.getValueFrom().getConfigMapKeyRef();
            boolean fromShared = bootstrap == null
                    ? c.getEnvFrom().stream()
                            .anyMatch(e -> e.getConfigMapRef() != null
                                    && e.getConfigMapRef().getName().equals("dianxiaoer-config"))
                    : keyRef != null
                            && (keyRef.getName() + "/" + keyRef.getKey())
                                    .equals("dianxiaoer-config/KAFKA_BOOTSTRAP_SERVERS");
            assertThat(fromShared)
                    .as("%s takes KAFKA_BOOTSTRAP_SERVERS from the shared ConfigMap", s.name())
                    .isTrue();
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
        List<ServiceConfig> withDatabase = ServiceConfig.withDatabase();
        for (ServiceConfig s : SERVICES) {
            if (!s.hasDatabase()) {
                assertThat(generated)
                        .as("%s keeps no database: no Secret for one", s.name())
                        .doesNotContainKey(s.name() + "-db");
                assertThat(prodSecretByRole)
                        .as("%s keeps no database: no role for it", s.name())
                        .doesNotContainValue(s.name() + "-db");
            }
        }
        for (ServiceConfig s : withDatabase) {
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
        assertThat(databases).hasSize(withDatabase.size());
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
        Map<String, String> greetingPod =
                podTemplate(workload(objects, "greeting-service")).getMetadata().getLabels();
        for (ServiceConfig s : SERVICES) {
            PodTemplateSpec template = podTemplate(workload(objects, s.name()));
            Map<String, String> pod = template.getMetadata().getLabels();
            List<NetworkPolicy> applying = applying(policies, pod);
            assertThat(applying.stream()
                            .flatMap(p -> p.getSpec().getPolicyTypes().stream())
                            .collect(Collectors.toSet()))
                    .as("%s is isolated both ways", s.name())
                    .contains("Ingress", "Egress");
            var ingress = ingress(applying);
            Set<Integer> ports = new TreeSet<>();
            ingress.forEach(r -> Objects.requireNonNullElse(r.getPorts(), List.<NetworkPolicyPort>of())
                    .forEach(p -> ports.add(p.getPort().getIntVal())));
            assertThat(ingress)
                    .as("%s: every ingress rule names ports", s.name())
                    .allSatisfy(r -> assertThat(r.getPorts()).isNotEmpty());
            boolean open = ingress.stream()
                    .anyMatch(r -> r.getFrom() == null || r.getFrom().isEmpty());
            if (OPEN_TO_CALLERS_OUTSIDE.contains(s.name())) {
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
            var egress = egress(applying);
            assertThat(egress)
                    .as("%s: no egress rule opens every port", s.name())
                    .allSatisfy(r -> assertThat(r.getPorts()).isNotEmpty());
            assertThat(allows(egress, 9092, kafkaPod))
                    .as("%s reaches Kafka", s.name())
                    .isTrue();
            if (s.hasDatabase()) {
                int databasePort = ServiceConfig.portOf(s.get("quarkus.datasource.jdbc.url"));
                assertThat(allows(egress, databasePort, databasePod))
                        .as("%s reaches PostgreSQL", s.name())
                        .isTrue();
                assertThat(pod)
                        .as("%s is a database client", s.name())
                        .containsEntry("dianxiaoer.io/database-client", "true");
            } else {
                assertThat(pod)
                        .as("%s keeps no database: PostgreSQL does not take it", s.name())
                        .doesNotContainKey("dianxiaoer.io/database-client");
            }
            assertThat(egress.stream()
                            .anyMatch(r -> r.getPorts().stream()
                                    .anyMatch(p -> p.getPort().getIntVal() == 53 && "UDP".equals(p.getProtocol()))))
                    .as("%s resolves names", s.name())
                    .isTrue();
            // A shop admin's session is checked at greeting-service: both ends must let the call through.
            EnvVar sessions = env(template.getSpec().getContainers().get(0)).get("DIANXIAOER_WORKBENCH_SESSIONS_URL");
            if (sessions != null) {
                URI url = URI.create(sessions.getValue());
                assertThat(url.getHost()).isEqualTo("greeting-service");
                int port = url.getPort();
                assertThat(allows(egress, port, greetingPod))
                        .as("%s reaches greeting-service's sessions on %d", s.name(), port)
                        .isTrue();
                assertThat(admits(ingress(applying(policies, greetingPod)), port, pod))
                        .as("greeting-service takes %s's session checks on %d", s.name(), port)
                        .isTrue();
            }
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

    private static List<NetworkPolicy> applying(List<NetworkPolicy> policies, Map<String, String> pod) {
        return policies.stream()
                .filter(p -> Kube.matches(p.getSpec().getPodSelector(), pod))
                .toList();
    }

    private static List<NetworkPolicyIngressRule> ingress(List<NetworkPolicy> applying) {
        return applying.stream()
                .flatMap(p ->
                        Objects.requireNonNullElse(p.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of())
                                .stream())
                .toList();
    }

    private static List<NetworkPolicyEgressRule> egress(List<NetworkPolicy> applying) {
        return applying.stream()
                .flatMap(p ->
                        Objects.requireNonNullElse(p.getSpec().getEgress(), List.<NetworkPolicyEgressRule>of())
                                .stream())
                .toList();
    }

    /** Whether an ingress rule lets a pod with these labels (of the same namespace) in on the port. */
    private static boolean admits(List<NetworkPolicyIngressRule> ingress, int port, Map<String, String> source) {
        for (var rule : ingress) {
            boolean portOk = rule.getPorts() == null
                    || rule.getPorts().isEmpty()
                    || rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port);
            boolean peerOk = rule.getFrom() == null
                    || rule.getFrom().isEmpty()
                    || rule.getFrom().stream()
                            .anyMatch(from -> from.getNamespaceSelector() == null
                                    && from.getPodSelector() != null
                                    && Kube.matches(from.getPodSelector(), source));
            if (portOk && peerOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean allows(List<NetworkPolicyEgressRule> egress, int port, Map<String, String> target) {
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

    /** A service's workload: its Deployment, or its StatefulSet (a service with local state). */
    static Kube.Obj workload(List<Kube.Obj> objects, String name) {
        return objects.stream()
                .filter(o -> (o.kind().equals("Deployment") || o.kind().equals("StatefulSet"))
                        && o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment or StatefulSet " + name));
    }

    static PodTemplateSpec podTemplate(Kube.Obj workload) {
        return workload.typed() instanceof StatefulSet s
                ? s.getSpec().getTemplate()
                : workload.as(Deployment.class).getSpec().getTemplate();
    }

    /** The service's container (each pod has one). */
    static Container container(Kube.Obj workload) {
        return podTemplate(workload).getSpec().getContainers().get(0);
    }

    static Map<String, EnvVar> env(Container c) {
        return Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of()).stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    /** Every environment variable the container gets: its own, and the keys of the ConfigMaps it takes whole. */
    static Set<String> environmentNames(List<Kube.Obj> objects, Container c) {
        Set<String> names = new TreeSet<>(env(c).keySet());
        for (var from : Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource>of())) {
            if (from.getConfigMapRef() != null) {
                CustomResources.of(objects, "ConfigMap").stream()
                        .filter(m -> m.name().equals(from.getConfigMapRef().getName()))
                        .forEach(m -> names.addAll(map(m.raw().get("data")).keySet()));
            }
        }
        return names;
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
