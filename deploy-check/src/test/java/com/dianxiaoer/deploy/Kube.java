package com.dianxiaoer.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kubernetes objects read strictly into the fabric8 Kubernetes model, and checked the way the API server would
 * (the rules a manifest most often breaks): every field known to the schema, names and labels well formed,
 * selectors that select, references that resolve, probes with one handler on a declared port, quantities that
 * parse and requests within limits. Custom resources (Strimzi, CloudNativePG) are checked by hand against the
 * fields their CRDs require.
 */
final class Kube {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    /** apiVersion/kind of the built-in kinds these manifests use, and their model classes. */
    static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    static final Set<String> CUSTOM = Set.of(
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic",
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database");

    static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    static final Pattern IANA_SVC_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
    static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    /** A manifest document: its raw map and, for built-in kinds, the typed object. */
    record Obj(String source, Map<String, Object> raw, HasMetadata typed) {
        String apiVersion() {
            return String.valueOf(raw.get("apiVersion"));
        }

        String kind() {
            return String.valueOf(raw.get("kind"));
        }

        String name() {
            return String.valueOf(Repo.at(raw, "metadata.name"));
        }

        String type() {
            return apiVersion() + "/" + kind();
        }

        @SuppressWarnings("unchecked")
        <T> T as(Class<T> type) {
            return (T) typed;
        }

        Map<String, Object> spec() {
            return Repo.map(raw.get("spec"));
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + source + ")";
        }
    }

    private Kube() {}

    /** Reads one document strictly; problems are added to the list rather than thrown, so a test reports them all. */
    static Obj read(String source, Map<String, Object> raw, List<String> problems) {
        String where = source + ": " + raw.get("kind") + " " + Repo.at(raw, "metadata.name");
        if (!(raw.get("apiVersion") instanceof String) || !(raw.get("kind") instanceof String)) {
            problems.add(source + ": a document without apiVersion and kind");
            return new Obj(source, raw, null);
        }
        String type = raw.get("apiVersion") + "/" + raw.get("kind");
        Object name = Repo.at(raw, "metadata.name");
        if (!(name instanceof String n)
                || n.length() > 253
                || !DNS_SUBDOMAIN.matcher(n).matches()) {
            problems.add(where + ": metadata.name must be a DNS subdomain name");
        }
        checkLabels(where + " metadata.labels", Repo.map(Repo.at(raw, "metadata.labels")), problems);
        Class<? extends HasMetadata> model = BUILT_IN.get(type);
        if (model == null) {
            if (!CUSTOM.contains(type)) {
                problems.add(where + ": " + type
                        + " is neither a Kubernetes kind these checks know nor a known custom resource");
            }
            return new Obj(source, raw, null);
        }
        HasMetadata typed;
        try {
            typed = MAPPER.convertValue(raw, model);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": does not fit the " + type + " schema: " + e.getMessage());
            return new Obj(source, raw, null);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(typed, "", unknown, new HashSet<>());
        unknown.forEach(u -> problems.add(where + ": unknown field " + u));
        return new Obj(source, raw, typed);
    }

    /** fabric8 keeps fields it does not know in additionalProperties; any there is a field the API would reject. */
    private static void unknownFields(Object o, String path, List<String> found, Set<Object> seen) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "[" + e.getKey() + "]", found, seen);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")
                || o instanceof Quantity
                || o instanceof IntOrString
                || !seen.add(System.identityHashCode(o) + ":" + o.getClass().getName())) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0
                    || m.getDeclaringClass() == Object.class
                    || !m.getName().startsWith("get")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add((path.isEmpty() ? "" : path + ".") + extra.keySet());
                }
            } else {
                String field = Character.toLowerCase(m.getName().charAt(3))
                        + m.getName().substring(4);
                unknownFields(value, path.isEmpty() ? field : path + "." + field, found, seen);
            }
        }
    }

    static void checkLabels(String where, Map<String, Object> labels, List<String> problems) {
        for (Map.Entry<String, Object> label : labels.entrySet()) {
            String key = label.getKey();
            String name = key.contains("/") ? key.substring(key.indexOf('/') + 1) : key;
            String prefix = key.contains("/") ? key.substring(0, key.indexOf('/')) : null;
            if (name.length() > 63
                    || !LABEL_NAME.matcher(name).matches()
                    || (prefix != null
                            && (prefix.length() > 253
                                    || !DNS_SUBDOMAIN.matcher(prefix).matches()))) {
                problems.add(where + ": bad label key " + key);
            }
            if (!(label.getValue() instanceof String v)
                    || v.length() > 63
                    || (!v.isEmpty() && !LABEL_NAME.matcher(v).matches())) {
                problems.add(where + ": label " + key + " needs a string value of at most 63 characters, got "
                        + label.getValue());
            }
        }
    }

    /** The checks the API server (and a working rollout) would make on each built-in object, over a whole set. */
    static void validate(List<Obj> objects, List<String> problems) {
        for (Obj o : objects) {
            if (o.typed() == null) {
                continue;
            }
            switch (o.kind()) {
                case "Deployment" -> {
                    Deployment d = o.as(Deployment.class);
                    checkSelector(o, d.getSpec().getSelector(), d.getSpec().getTemplate(), problems);
                    checkPod(o, d.getSpec().getTemplate().getSpec(), problems);
                }
                case "StatefulSet" -> {
                    StatefulSet s = o.as(StatefulSet.class);
                    checkSelector(o, s.getSpec().getSelector(), s.getSpec().getTemplate(), problems);
                    checkPod(o, s.getSpec().getTemplate().getSpec(), problems);
                    boolean governed = objects.stream()
                            .anyMatch(x -> x.kind().equals("Service")
                                    && x.name().equals(s.getSpec().getServiceName()));
                    if (!governed) {
                        problems.add(o + ": serviceName " + s.getSpec().getServiceName() + " is no Service here");
                    }
                }
                case "Service" -> checkService(o, objects, problems);
                case "HorizontalPodAutoscaler" -> {
                    HorizontalPodAutoscaler h = o.as(HorizontalPodAutoscaler.class);
                    var target = h.getSpec().getScaleTargetRef();
                    if (objects.stream()
                            .noneMatch(x -> x.kind().equals(target.getKind())
                                    && x.name().equals(target.getName()))) {
                        problems.add(
                                o + ": scales " + target.getKind() + " " + target.getName() + ", which is not here");
                    }
                    Integer min = h.getSpec().getMinReplicas();
                    if (h.getSpec().getMaxReplicas() == null
                            || (min != null && (min < 1 || min > h.getSpec().getMaxReplicas()))) {
                        problems.add(o + ": needs 1 <= minReplicas <= maxReplicas");
                    }
                    if (h.getSpec().getMetrics() == null
                            || h.getSpec().getMetrics().isEmpty()) {
                        problems.add(o + ": no metrics to scale on");
                    }
                }
                case "PodDisruptionBudget" -> {
                    PodDisruptionBudget p = o.as(PodDisruptionBudget.class);
                    if ((p.getSpec().getMinAvailable() == null) == (p.getSpec().getMaxUnavailable() == null)) {
                        problems.add(o + ": exactly one of minAvailable and maxUnavailable");
                    }
                    if (podsSelectedBy(p.getSpec().getSelector(), objects).isEmpty()) {
                        problems.add(o + ": selects no pods");
                    }
                }
                case "NetworkPolicy" -> {
                    NetworkPolicy n = o.as(NetworkPolicy.class);
                    if (n.getSpec().getPodSelector() == null) {
                        problems.add(o + ": podSelector is required (use {} for all pods)");
                    }
                    var types = n.getSpec().getPolicyTypes();
                    if (types == null
                            || types.isEmpty()
                            || !Set.of("Ingress", "Egress").containsAll(types)) {
                        problems.add(o + ": policyTypes must be Ingress and/or Egress");
                    }
                    List<NetworkPolicyPort> ports = new ArrayList<>();
                    if (n.getSpec().getIngress() != null) {
                        n.getSpec()
                                .getIngress()
                                .forEach(r -> ports.addAll(Objects.requireNonNullElse(r.getPorts(), List.of())));
                    }
                    if (n.getSpec().getEgress() != null) {
                        n.getSpec()
                                .getEgress()
                                .forEach(r -> ports.addAll(Objects.requireNonNullElse(r.getPorts(), List.of())));
                    }
                    for (NetworkPolicyPort p : ports) {
                        if (!Set.of("TCP", "UDP", "SCTP").contains(p.getProtocol())) {
                            problems.add(o + ": port protocol must be TCP, UDP or SCTP, got " + p.getProtocol());
                        }
                        if (p.getPort() != null
                                && p.getPort().getIntVal() != null
                                && !validPort(p.getPort().getIntVal())) {
                            problems.add(o + ": bad port " + p.getPort().getIntVal());
                        }
                    }
                }
                case "ConfigMap" ->
                    Repo.map(o.raw().get("data")).forEach((k, v) -> {
                        if (!CONFIG_KEY.matcher(k).matches() || !(v instanceof String)) {
                            problems.add(o + ": data key " + k + " must be a valid key with a string value");
                        }
                    });
                case "Secret" -> {
                    Secret s = o.as(Secret.class);
                    Set<String> keys = new HashSet<>();
                    if (s.getData() != null) {
                        keys.addAll(s.getData().keySet());
                    }
                    if (s.getStringData() != null) {
                        keys.addAll(s.getStringData().keySet());
                    }
                    keys.stream()
                            .filter(k -> !CONFIG_KEY.matcher(k).matches())
                            .forEach(k -> problems.add(o + ": bad key " + k));
                    if ("kubernetes.io/basic-auth".equals(s.getType())
                            && !keys.contains("username")
                            && !keys.contains("password")) {
                        problems.add(o + ": a basic-auth Secret needs username or password");
                    }
                }
                default -> {}
            }
        }
    }

    private static void checkSelector(Obj o, LabelSelector selector, PodTemplateSpec template, List<String> problems) {
        if (selector == null
                || selector.getMatchLabels() == null
                || selector.getMatchLabels().isEmpty()) {
            problems.add(o + ": spec.selector.matchLabels is required");
            return;
        }
        Map<String, String> labels = template.getMetadata() == null
                ? Map.of()
                : template.getMetadata().getLabels();
        if (labels == null
                || !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            problems.add(o + ": the selector does not match the pod template's labels");
        }
        if (template.getMetadata() != null) {
            checkLabels(o + " template labels", Repo.map(labelsAsObjects(labels)), problems);
        }
    }

    private static Map<String, Object> labelsAsObjects(Map<String, String> labels) {
        return labels == null ? Map.of() : Map.copyOf(labels);
    }

    private static void checkPod(Obj o, PodSpec pod, List<String> problems) {
        if (pod.getContainers() == null || pod.getContainers().isEmpty()) {
            problems.add(o + ": a pod needs at least one container");
            return;
        }
        Set<String> volumes = new HashSet<>();
        if (pod.getVolumes() != null) {
            pod.getVolumes().forEach(v -> volumes.add(v.getName()));
        }
        Set<String> claimTemplates = new HashSet<>();
        if (o.typed() instanceof StatefulSet s && s.getSpec().getVolumeClaimTemplates() != null) {
            s.getSpec()
                    .getVolumeClaimTemplates()
                    .forEach(c -> claimTemplates.add(c.getMetadata().getName()));
        }
        for (Container c : pod.getContainers()) {
            String where = o + " container " + c.getName();
            if (c.getName() == null || !DNS_LABEL.matcher(c.getName()).matches()) {
                problems.add(where + ": name must be a DNS label");
            }
            if (c.getImage() == null || c.getImage().isBlank()) {
                problems.add(where + ": image is required");
            }
            if (c.getImagePullPolicy() != null
                    && !Set.of("Always", "IfNotPresent", "Never").contains(c.getImagePullPolicy())) {
                problems.add(where + ": bad imagePullPolicy " + c.getImagePullPolicy());
            }
            Set<String> portNames = new HashSet<>();
            Set<Integer> portNumbers = new HashSet<>();
            for (ContainerPort p : Objects.requireNonNullElse(c.getPorts(), List.<ContainerPort>of())) {
                if (p.getContainerPort() == null || !validPort(p.getContainerPort())) {
                    problems.add(where + ": bad containerPort " + p.getContainerPort());
                } else {
                    portNumbers.add(p.getContainerPort());
                }
                if (p.getName() != null) {
                    if (p.getName().length() > 15
                            || !IANA_SVC_NAME.matcher(p.getName()).matches()
                            || !p.getName().matches(".*[a-z].*")) {
                        problems.add(where + ": port name " + p.getName() + " is not an IANA service name");
                    }
                    portNames.add(p.getName());
                }
                if (p.getProtocol() != null && !Set.of("TCP", "UDP", "SCTP").contains(p.getProtocol())) {
                    problems.add(where + ": bad protocol " + p.getProtocol());
                }
            }
            for (Probe probe : new Probe[] {c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe()}) {
                if (probe == null) {
                    continue;
                }
                int handlers = (probe.getHttpGet() != null ? 1 : 0)
                        + (probe.getExec() != null ? 1 : 0)
                        + (probe.getTcpSocket() != null ? 1 : 0)
                        + (probe.getGrpc() != null ? 1 : 0);
                if (handlers != 1) {
                    problems.add(where + ": a probe needs exactly one handler");
                }
                if (probe.getHttpGet() != null) {
                    IntOrString port = probe.getHttpGet().getPort();
                    boolean declared = port != null
                            && (port.getStrVal() != null
                                    ? portNames.contains(port.getStrVal())
                                    : portNumbers.contains(port.getIntVal()));
                    if (!declared) {
                        problems.add(where + ": probe port " + port + " is not a port of the container");
                    }
                    if (probe.getHttpGet().getPath() == null
                            || !probe.getHttpGet().getPath().startsWith("/")) {
                        problems.add(where + ": probe path must start with /");
                    }
                }
                if (probe.getFailureThreshold() != null && probe.getFailureThreshold() < 1) {
                    problems.add(where + ": failureThreshold must be at least 1");
                }
            }
            if (c.getLivenessProbe() != null
                    && c.getLivenessProbe().getSuccessThreshold() != null
                    && c.getLivenessProbe().getSuccessThreshold() != 1) {
                problems.add(where + ": a liveness probe's successThreshold must be 1");
            }
            checkResources(where, c.getResources(), problems);
            for (EnvVar e : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                if (e.getName() == null || !ENV_NAME.matcher(e.getName()).matches()) {
                    problems.add(where + ": bad env name " + e.getName());
                }
                if (e.getValue() != null && e.getValueFrom() != null) {
                    problems.add(where + ": env " + e.getName() + " has both value and valueFrom");
                }
                if (e.getValueFrom() != null) {
                    var from = e.getValueFrom();
                    int sources = (from.getSecretKeyRef() != null ? 1 : 0)
                            + (from.getConfigMapKeyRef() != null ? 1 : 0)
                            + (from.getFieldRef() != null ? 1 : 0)
                            + (from.getResourceFieldRef() != null ? 1 : 0);
                    if (sources != 1) {
                        problems.add(where + ": env " + e.getName() + " needs exactly one valueFrom source");
                    }
                }
            }
            for (EnvFromSource e : Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource>of())) {
                if ((e.getConfigMapRef() == null) == (e.getSecretRef() == null)) {
                    problems.add(where + ": envFrom needs exactly one of configMapRef and secretRef");
                }
            }
            if (c.getVolumeMounts() != null) {
                c.getVolumeMounts().stream()
                        .filter(m -> !volumes.contains(m.getName()) && !claimTemplates.contains(m.getName()))
                        .forEach(m -> problems.add(
                                where + ": mounts volume " + m.getName() + ", which the pod does not have"));
            }
        }
    }

    private static void checkResources(String where, ResourceRequirements resources, List<String> problems) {
        if (resources == null || resources.getRequests() == null || resources.getLimits() == null) {
            problems.add(where + ": resources need requests and limits");
            return;
        }
        if (!resources.getRequests().containsKey("memory")
                || !resources.getLimits().containsKey("memory")) {
            problems.add(where + ": memory request and limit are required");
        }
        for (Map.Entry<String, Quantity> request : resources.getRequests().entrySet()) {
            BigDecimal amount = amount(where, request.getValue(), problems);
            Quantity limit = resources.getLimits().get(request.getKey());
            if (amount != null && limit != null) {
                BigDecimal max = amount(where, limit, problems);
                if (max != null && amount.compareTo(max) > 0) {
                    problems.add(where + ": " + request.getKey() + " request " + request.getValue()
                            + " above its limit " + limit);
                }
            }
        }
        resources.getLimits().values().forEach(q -> amount(where, q, problems));
    }

    static BigDecimal amount(String where, Quantity q, List<String> problems) {
        try {
            return Quantity.getAmountInBytes(q);
        } catch (RuntimeException e) {
            problems.add(where + ": quantity " + q + " does not parse");
            return null;
        }
    }

    private static void checkService(Obj o, List<Obj> objects, List<String> problems) {
        Service s = o.as(Service.class);
        if (s.getMetadata().getName().length() > 63
                || !DNS_1035_LABEL.matcher(s.getMetadata().getName()).matches()) {
            problems.add(o + ": a Service name must be a DNS-1035 label");
        }
        if (s.getSpec().getPorts() == null || s.getSpec().getPorts().isEmpty()) {
            problems.add(o + ": a Service needs ports");
            return;
        }
        List<PodTemplateSpec> pods =
                podsSelectedBy(new LabelSelector(null, s.getSpec().getSelector()), objects);
        if (pods.isEmpty()) {
            problems.add(o + ": selects no pods");
        }
        for (ServicePort port : s.getSpec().getPorts()) {
            if (port.getPort() == null || !validPort(port.getPort())) {
                problems.add(o + ": bad port " + port.getPort());
            }
            IntOrString target = port.getTargetPort();
            for (PodTemplateSpec pod : pods) {
                boolean found = pod.getSpec().getContainers().stream()
                        .flatMap(c -> Objects.requireNonNullElse(c.getPorts(), List.<ContainerPort>of()).stream())
                        .anyMatch(p -> target == null
                                ? Objects.equals(p.getContainerPort(), port.getPort())
                                : target.getStrVal() != null
                                        ? target.getStrVal().equals(p.getName())
                                        : Objects.equals(target.getIntVal(), p.getContainerPort()));
                if (!found) {
                    problems.add(o + ": targetPort " + target + " is no port of the pods it selects");
                }
            }
        }
    }

    /** The pod templates (of Deployments and StatefulSets here) whose labels a selector matches. */
    static List<PodTemplateSpec> podsSelectedBy(LabelSelector selector, List<Obj> objects) {
        List<PodTemplateSpec> pods = new ArrayList<>();
        for (Obj x : objects) {
            PodTemplateSpec template = x.typed() instanceof Deployment d
                    ? d.getSpec().getTemplate()
                    : x.typed() instanceof StatefulSet s ? s.getSpec().getTemplate() : null;
            if (template != null && matches(selector, template.getMetadata().getLabels())) {
                pods.add(template);
            }
        }
        return pods;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || labels == null) {
            return false;
        }
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (var e : selector.getMatchExpressions()) {
                String value = labels.get(e.getKey());
                boolean ok = switch (e.getOperator()) {
                    case "In" -> value != null && e.getValues().contains(value);
                    case "NotIn" -> value == null || !e.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean validPort(int port) {
        return port >= 1 && port <= 65535;
    }
}
