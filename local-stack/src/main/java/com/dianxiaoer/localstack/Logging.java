package com.dianxiaoer.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;

/** Keeps the embedded servers' own logging out of the way of test and run output. */
final class Logging {
    /**
     * The broker's categories. The Kafka client categories are included: at INFO every client prints
     * its whole configuration, which buries a failing test's output. A service that wants them sets
     * a more specific category (quarkus.log.category."org.apache.kafka.clients".level=INFO).
     */
    private static final List<String> NOISY = List.of("kafka", "org.apache.kafka", "state.change.logger");
    /** Warnings a healthy single-node broker gives anyway (e.g. "the metadata log appears to be empty" on first start). */
    private static final List<String> NOISY_EVEN_AT_WARN = List.of("org.apache.kafka.controller.QuorumController");

    /** Held so the loggers, and with them their levels, are not garbage-collected. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private Logging() {}

    static synchronized void quietKafka() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        for (String name : NOISY) {
            // Through JBoss LogManager's own API, the backend SLF4J is bound to here (slf4j-jboss-logmanager),
            // so this works even where java.util.logging.manager was not set to it.
            Logger logger = LogContext.getLogContext().getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
        for (String name : NOISY_EVEN_AT_WARN) {
            Logger logger = LogContext.getLogContext().getLogger(name);
            logger.setLevel(Level.SEVERE);
            QUIETED.add(logger);
        }
    }

    /**
     * Runs the broker's shutdown with the client network layer at ERROR: Kafka 4.1's broker closes its
     * controller channel twice and warns about it every time. Only for that moment, because the same
     * category carries warnings a service's test wants to see ("UNKNOWN_TOPIC_OR_PARTITION").
     */
    static void whileShuttingDown(Runnable shutdown) {
        Logger networkClient = LogContext.getLogContext().getLogger("org.apache.kafka.clients.NetworkClient");
        Level previous = networkClient.getLevel();
        networkClient.setLevel(Level.SEVERE);
        try {
            shutdown.run();
        } finally {
            networkClient.setLevel(previous);
        }
    }
}
