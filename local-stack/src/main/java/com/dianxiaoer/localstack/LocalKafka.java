package com.dianxiaoer.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside this JVM, listening on
 * loopback only. Its data directory may be kept across runs: it is formatted only the first time.
 */
public final class LocalKafka implements AutoCloseable {
    private static final String CONTROLLER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private volatile boolean closed;

    private LocalKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts on a free port with the system's topics at {@value KafkaTopics#DEFAULT_PARTITIONS} partitions. */
    public static LocalKafka start(Path dataDir) {
        return start(dataDir, 0, KafkaTopics.DEFAULT_PARTITIONS);
    }

    /**
     * @param brokerPort the client port, or 0 for any free one
     * @param partitions partition count of the topics this creates (existing topics keep theirs)
     */
    public static LocalKafka start(Path dataDir, int brokerPort, int partitions) {
        Logging.quietKafka();
        int port = brokerPort == 0 ? Ports.free() : brokerPort;
        Properties props = serverProperties(dataDir.toAbsolutePath(), port, Ports.free());
        formatOnce(dataDir, props);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        String bootstrap = "127.0.0.1:" + port;
        try {
            server.startup();
            KafkaTopics.ensure(bootstrap, partitions, Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            shutdown(server);
            throw e;
        }
        return new LocalKafka(server, bootstrap);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            shutdown(server);
        }
    }

    private static void shutdown(KafkaRaftServer server) {
        Logging.whileShuttingDown(() -> {
            server.shutdown();
            server.awaitShutdown();
        });
    }

    private static Properties serverProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        // Static voters rather than controller.quorum.bootstrap.servers: with a dynamic quorum the
        // controller's address is written into the metadata log at format time, and a kept data dir
        // could then not come back on a new port.
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.setProperty("controller.listener.names", CONTROLLER);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());

        // One broker: every replicated internal topic has to make do with one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("num.partitions", "3");

        // A consumer group forms at once instead of after 3 s, which is most of a test's wall time.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // 50 partitions per internal topic is for big clusters; here it only slows the first group join.
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.num.partitions", "3");
        p.setProperty("share.coordinator.state.topic.num.partitions", "3");
        // Sized for a laptop next to four services: the cleaner's 128 MB dedupe buffer and a thread
        // pool per core are what make an idle broker big.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        // insights-service commits a transaction every 100 ms (exactly-once). When its next transaction's first write
        // reaches the broker before the last one's markers are written, the broker waits for them up to this long,
        // then answers CONCURRENT_TRANSACTIONS; on a busy two-core machine 100 ms (the default) was too short, and the
        // client's retries cascaded into out-of-order sequence errors for its other writes (80 and 142 in two runs
        // of a 5-minute load protocol; none with 1 s: docs/measured.md).
        p.setProperty("add.partitions.to.txn.retry.backoff.max.ms", "1000");
        return p;
    }

    /** StorageTool's format, run in-process; skipped when the directory already holds a cluster. */
    private static void formatOnce(Path dataDir, Properties props) {
        Path logs = dataDir.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logs);
            Path config = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(config)) {
                props.store(out, "written by local-stack for kafka-storage format");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                // execute, not main: main ends with System.exit.
                status = StorageTool.execute(
                        new String[] {
                            "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"
                        },
                        print);
            }
            if (status != 0) {
                throw new IllegalStateException(
                        "kafka-storage format failed (" + status + "): " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka data dir " + dataDir, e);
        }
    }
}
