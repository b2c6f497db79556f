package com.dianxiaoer.deploy;

import static com.dianxiaoer.deploy.Repo.at;
import static com.dianxiaoer.deploy.Repo.list;
import static com.dianxiaoer.deploy.Repo.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strimzi (Kafka, KafkaNodePool, KafkaTopic; kafka.strimzi.io/v1beta2) and CloudNativePG (Cluster, Database;
 * postgresql.cnpg.io/v1) resources, checked by hand against what their CRDs require and what the operators
 * refuse: the fields used here, their types, and the references between the resources.
 */
final class CustomResources {
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern LISTENER_NAME = Pattern.compile("[a-z0-9]{1,11}");
    private static final Set<String> LISTENER_TYPES =
            Set.of("internal", "route", "loadbalancer", "nodeport", "ingress", "cluster-ip");
    private static final Set<String> TOPIC_SPEC = Set.of("topicName", "partitions", "replicas", "config");
    private static final Set<String> TOPIC_CONFIGS = Set.of(
            "retention.ms",
            "retention.bytes",
            "cleanup.policy",
            "min.insync.replicas",
            "segment.bytes",
            "segment.ms",
            "max.message.bytes",
            "compression.type");

    private CustomResources() {}

    static void validate(List<Kube.Obj> objects, List<String> problems) {
        Map<String, Kube.Obj> kafkas = byName(objects, "Kafka");
        int brokers = 0;
        for (Kube.Obj pool : of(objects, "KafkaNodePool")) {
            Map<String, Object> spec = pool.spec();
            String cluster = (String) map(at(pool.raw(), "metadata.labels")).get("strimzi.io/cluster");
            if (cluster == null || (!kafkas.isEmpty() && !kafkas.containsKey(cluster))) {
                problems.add(pool + ": label strimzi.io/cluster must name a Kafka here, got " + cluster);
            }
            Integer replicas = integer(pool, spec, "replicas", problems);
            List<Object> roles = list(spec.get("roles"));
            if (roles.isEmpty() || !Set.of("controller", "broker").containsAll(roles)) {
                problems.add(pool + ": roles must be controller and/or broker");
            }
            if (replicas != null && roles.contains("broker")) {
                brokers += replicas;
            }
            checkStorage(pool, map(spec.get("storage")), problems);
        }
        for (Kube.Obj kafka : kafkas.values()) {
            Map<String, Object> spec = map(kafka.spec().get("kafka"));
            List<Object> listeners = list(spec.get("listeners"));
            if (listeners.isEmpty()) {
                problems.add(kafka + ": spec.kafka.listeners is required");
            }
            for (Object l : listeners) {
                Map<String, Object> listener = map(l);
                if (!(listener.get("name") instanceof String n)
                        || !LISTENER_NAME.matcher(n).matches()) {
                    problems.add(kafka + ": listener name must be 1-11 lower-case letters or digits");
                }
                if (!(listener.get("port") instanceof Integer p) || p < 9092 || p == 9404 || p == 9999 || p > 65535) {
                    problems.add(kafka + ": listener port must be 9092 or above (not 9404 or 9999)");
                }
                if (!LISTENER_TYPES.contains(listener.get("type"))) {
                    problems.add(kafka + ": listener type must be one of " + LISTENER_TYPES);
                }
                if (!(listener.get("tls") instanceof Boolean)) {
                    problems.add(kafka + ": listener tls (true or false) is required");
                }
            }
            Map<String, Object> annotations = map(at(kafka.raw(), "metadata.annotations"));
            if (!of(objects, "KafkaNodePool").isEmpty()
                    && !"enabled".equals(annotations.get("strimzi.io/node-pools"))) {
                problems.add(kafka + ": node pools are used, so strimzi.io/node-pools: enabled is required");
            }
            if (spec.containsKey("replicas") || spec.containsKey("storage")) {
                problems.add(kafka + ": with node pools, replicas and storage belong to the KafkaNodePool");
            }
            if (!of(objects, "KafkaTopic").isEmpty()
                    && !map(kafka.spec().get("entityOperator")).containsKey("topicOperator")) {
                problems.add(kafka + ": KafkaTopic resources need spec.entityOperator.topicOperator");
            }
            checkReplication(kafka, map(spec.get("config")), brokers, problems);
        }
        for (Kube.Obj topic : of(objects, "KafkaTopic")) {
            Map<String, Object> spec = topic.spec();
            if (!TOPIC_SPEC.containsAll(spec.keySet())) {
                problems.add(topic + ": unknown spec fields " + spec.keySet());
            }
            String cluster = (String) map(at(topic.raw(), "metadata.labels")).get("strimzi.io/cluster");
            if (cluster == null || (!kafkas.isEmpty() && !kafkas.containsKey(cluster))) {
                problems.add(topic + ": label strimzi.io/cluster must name a Kafka here, got " + cluster);
            }
            String name = spec.get("topicName") instanceof String t ? t : topic.name();
            if (!TOPIC_NAME.matcher(name).matches()) {
                problems.add(topic + ": bad Kafka topic name " + name);
            }
            Integer partitions = integer(topic, spec, "partitions", problems);
            Integer replicas = integer(topic, spec, "replicas", problems);
            if (partitions != null && partitions < 1) {
                problems.add(topic + ": partitions must be at least 1");
            }
            if (replicas != null && (replicas < 1 || (brokers > 0 && replicas > brokers))) {
                problems.add(topic + ": replicas must be between 1 and the " + brokers + " broker(s)");
            }
            Map<String, Object> config = map(spec.get("config"));
            if (!TOPIC_CONFIGS.containsAll(config.keySet())) {
                problems.add(topic + ": unexpected topic config " + config.keySet());
            }
            if (!(config.get("retention.ms") instanceof Number)) {
                problems.add(topic + ": retention.ms must be set (a number)");
            }
            if (config.containsKey("cleanup.policy")
                    && !Set.of("delete", "compact", "compact,delete", "delete,compact")
                            .contains(config.get("cleanup.policy"))) {
                problems.add(topic + ": bad cleanup.policy " + config.get("cleanup.policy"));
            }
            if (config.get("min.insync.replicas") instanceof Integer isr && replicas != null && isr > replicas) {
                problems.add(topic + ": min.insync.replicas above replicas");
            }
        }
        checkCloudNativePg(objects, problems);
    }

    private static void checkReplication(
            Kube.Obj kafka, Map<String, Object> config, int brokers, List<String> problems) {
        for (String key : List.of(
                "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor",
                "default.replication.factor")) {
            if (config.get(key) instanceof Integer factor && brokers > 0 && factor > brokers) {
                problems.add(kafka + ": " + key + " " + factor + " above the " + brokers + " broker(s)");
            }
        }
        if (config.get("min.insync.replicas") instanceof Integer isr
                && config.get("default.replication.factor") instanceof Integer rf
                && isr > rf) {
            problems.add(kafka + ": min.insync.replicas above default.replication.factor");
        }
    }

    private static void checkStorage(Kube.Obj pool, Map<String, Object> storage, List<String> problems) {
        Object type = storage.get("type");
        if ("jbod".equals(type)) {
            List<Object> volumes = list(storage.get("volumes"));
            if (volumes.isEmpty()) {
                problems.add(pool + ": jbod storage needs volumes");
            }
            for (Object v : volumes) {
                Map<String, Object> volume = map(v);
                if (!(volume.get("id") instanceof Integer)) {
                    problems.add(pool + ": every jbod volume needs an id");
                }
                checkStorage(pool, volume, problems);
            }
        } else if ("persistent-claim".equals(type)) {
            if (!(storage.get("size") instanceof String)) {
                problems.add(pool + ": persistent-claim storage needs a size");
            }
        } else if (!"ephemeral".equals(type)) {
            problems.add(pool + ": storage type must be ephemeral, persistent-claim or jbod");
        }
    }

    private static void checkCloudNativePg(List<Kube.Obj> objects, List<String> problems) {
        Map<String, Set<String>> rolesByCluster = new HashMap<>();
        for (Kube.Obj cluster : of(objects, "Cluster")) {
            Map<String, Object> spec = cluster.spec();
            Integer instances = integer(cluster, spec, "instances", problems);
            if (instances != null && instances < 1) {
                problems.add(cluster + ": instances must be at least 1");
            }
            if (!(at(spec, "storage.size") instanceof String)) {
                problems.add(cluster + ": storage.size is required");
            }
            Kube.checkLabels(cluster + " inheritedMetadata", map(at(spec, "inheritedMetadata.labels")), problems);
            Set<String> roles = new HashSet<>();
            Map<String, Object> initdb = map(at(spec, "bootstrap.initdb"));
            if (!initdb.isEmpty()) {
                for (String key : List.of("database", "owner")) {
                    if (!(initdb.get(key) instanceof String)) {
                        problems.add(cluster + ": bootstrap.initdb." + key + " is required");
                    }
                }
                if (!(at(initdb, "secret.name") instanceof String)) {
                    problems.add(cluster + ": bootstrap.initdb.secret.name is required for a password of your own");
                }
                roles.add((String) initdb.get("owner"));
            }
            for (Object r : list(at(spec, "managed.roles"))) {
                Map<String, Object> role = map(r);
                if (!(role.get("name") instanceof String name)) {
                    problems.add(cluster + ": every managed role needs a name");
                    continue;
                }
                roles.add(name);
                if (!(at(role, "passwordSecret.name") instanceof String)) {
                    problems.add(cluster + ": managed role " + name + " needs passwordSecret.name");
                }
                if (role.containsKey("ensure") && !Set.of("present", "absent").contains(role.get("ensure"))) {
                    problems.add(cluster + ": role " + name + " ensure must be present or absent");
                }
            }
            rolesByCluster.put(cluster.name(), roles);
        }
        for (Kube.Obj database : of(objects, "Database")) {
            Map<String, Object> spec = database.spec();
            for (String key : List.of("name", "owner")) {
                if (!(spec.get(key) instanceof String)) {
                    problems.add(database + ": spec." + key + " is required");
                }
            }
            Object cluster = at(spec, "cluster.name");
            if (!rolesByCluster.containsKey(cluster)) {
                problems.add(database + ": spec.cluster.name must name a Cluster here, got " + cluster);
            } else if (!rolesByCluster.get(cluster).contains(spec.get("owner"))) {
                problems.add(database + ": owner " + spec.get("owner") + " is no role of cluster " + cluster);
            }
        }
    }

    private static Integer integer(Kube.Obj o, Map<String, Object> spec, String key, List<String> problems) {
        if (spec.get(key) instanceof Integer i) {
            return i;
        }
        problems.add(o + ": spec." + key + " must be a whole number");
        return null;
    }

    static List<Kube.Obj> of(List<Kube.Obj> objects, String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    static Map<String, Kube.Obj> byName(List<Kube.Obj> objects, String kind) {
        Map<String, Kube.Obj> result = new LinkedHashMap<>();
        of(objects, kind).forEach(o -> result.put(o.name(), o));
        return result;
    }
}
