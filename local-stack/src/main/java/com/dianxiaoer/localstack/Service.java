package com.dianxiaoer.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One of the services as the local run starts it; {@code database} is null for one that keeps no database. */
record Service(String name, int defaultPort, List<String> jvmOptions, String database) {
    /**
     * greeting-service holds the NLU model: ~130 MB of native memory beside the JVM. To keep it under its 400 MB
     * budget under traffic it gets a small heap (its live heap is tens of MB), the serial collector (G1's own
     * bookkeeping was ~40 MB) and C1 only (C2's code cache and compiler arenas were ~60 MB; classification costs
     * ~0.7 ms more, docs/measured.md).
     */
    private static final List<String> GREETING_JVM = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final List<String> STAGE_JVM = List.of("-Xmx256m");

    static final List<Service> ALL = List.of(
            new Service("greeting-service", 8080, GREETING_JVM, "greeting"),
            new Service("negotiation-service", 8081, STAGE_JVM, "negotiation"),
            new Service("order-service", 8082, STAGE_JVM, "order"),
            new Service("aftersales-service", 8083, STAGE_JVM, "aftersales"),
            // Kafka Streams keeps its state in RocksDB, off the heap
            new Service("insights-service", 8084, STAGE_JVM, null));

    /** greeting, negotiation, order, aftersales, insights. */
    String shortName() {
        return name.substring(0, name.indexOf('-'));
    }

    /** GREETING_PORT, NEGOTIATION_PORT, ORDER_PORT, AFTERSALES_PORT, INSIGHTS_PORT. */
    String portVariable() {
        return shortName().toUpperCase(Locale.ROOT) + "_PORT";
    }

    Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
