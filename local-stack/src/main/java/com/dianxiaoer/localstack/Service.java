package com.dianxiaoer.localstack;

import java.nio.file.Path;
import java.util.List;

/** One of the four services as the local run starts it. */
record Service(String name, int defaultPort, String heap, String database) {
    static final List<Service> ALL = List.of(
            // greeting holds the NLU model (about 128 MB of heap on its own).
            new Service("greeting-service", 8080, "384m", "greeting"),
            new Service("negotiation-service", 8081, "256m", "negotiation"),
            new Service("order-service", 8082, "256m", "order"),
            new Service("aftersales-service", 8083, "256m", "aftersales"));

    /** GREETING_PORT, NEGOTIATION_PORT, ORDER_PORT, AFTERSALES_PORT. */
    String portVariable() {
        return database.toUpperCase(java.util.Locale.ROOT) + "_PORT";
    }

    Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
