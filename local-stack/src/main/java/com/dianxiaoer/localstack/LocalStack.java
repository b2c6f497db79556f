package com.dianxiaoer.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The ./run command: Kafka, PostgreSQL (ours or existing ones), the topics, one database per service,
 * and the four services as child processes; everything stops on Ctrl-C or SIGTERM, in reverse order.
 */
public final class LocalStack {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final PrintStream OUT = System.out;

    private final RunOptions options;
    private final long startedAt = System.nanoTime();
    /** What is running, newest first: shutdown closes from the head, i.e. services, PostgreSQL, Kafka. */
    private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();

    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch startupOver = new CountDownLatch(1);
    private volatile boolean stopping;

    private LocalStack(RunOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        // Before anything logs: Kafka logs through SLF4J to JBoss LogManager, as it does in the services.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        RunOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                OUT.print(RunOptions.USAGE);
                return;
            }
            options = RunOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.print(RunOptions.USAGE);
            System.exit(2);
            return;
        }
        int status = new LocalStack(options).run();
        if (status != 0) {
            // Runs the shutdown hook, which stops whatever did start.
            System.exit(status);
        }
    }

    private int run() {
        // A previous run killed hard (kill -9) leaves its services and PostgreSQL running, holding their
        // ports: stop them before choosing ports.
        LeftoverServices.stop(options.stateDir(), OUT);
        try {
            LocalPostgres.stopLeftoverServer(options.stateDir().resolve("postgres"));
        } catch (IOException e) {
            OUT.println("Warning: " + e.getMessage());
        }
        List<String> problems = preflight();
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("local-stack: " + p));
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "local-stack-shutdown"));
        try {
            Endpoints endpoints = startInfrastructure();
            if (options.infraOnly()) {
                printInfrastructure(endpoints);
            } else {
                startServices(endpoints);
                String problem = DemoAccounts.create(services.get(0).port(), options.opsApiKey());
                if (problem != null) {
                    System.err.println("local-stack: " + problem);
                }
                printStack(endpoints);
            }
        } catch (Stopping e) {
            return 0;
        } catch (RuntimeException e) {
            if (stopping) {
                return 0;
            }
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("local-stack: " + cause.getMessage());
            return 1;
        } finally {
            startupOver.countDown();
        }
        return supervise();
    }

    /** Everything that can be checked before starting anything, so that a mistake costs no waiting. */
    private List<String> preflight() {
        List<String> problems = new ArrayList<>();
        if (!options.infraOnly()) {
            for (Service service : Service.ALL) {
                Path jar = service.jar(options.root());
                if (!Files.isRegularFile(jar)) {
                    problems.add(service.name() + " is not built: " + jar + " is missing. Build it with "
                            + "'./mvnw install -DskipTests' in " + options.root()
                            + " (./run does that when a jar is missing).");
                }
                int port = options.port(service.portVariable(), service.defaultPort());
                if (!Ports.isFree(port)) {
                    problems.add("port " + port + " for " + service.name()
                            + " is in use; stop what listens there or set " + service.portVariable());
                }
            }
        }
        return problems;
    }

    private record Endpoints(String kafka, String databaseUrl, String username, String password) {}

    private Endpoints startInfrastructure() {
        Path state = options.stateDir();
        try {
            Files.createDirectories(state);
            if (options.fresh()) {
                PostgresBinaries.deleteTree(state);
                OUT.println("Deleted " + state + " (--fresh).");
            }
            Files.createDirectories(options.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + state, e);
        }

        CompletableFuture<LocalPostgres> postgres =
                options.externalDatabaseUrl().isPresent()
                        ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.supplyAsync(() -> {
                            long t0 = System.nanoTime();
                            LocalPostgres started = register(LocalPostgres.start(
                                    state.resolve("postgres"), localPort("LOCAL_POSTGRES_PORT", 5432), true));
                            OUT.printf("PostgreSQL up on 127.0.0.1:%d (%.1f s)%n", started.port(), secondsSince(t0));
                            return started;
                        });
        String kafka;
        try {
            kafka = options.externalKafka().orElseGet(() -> {
                long t0 = System.nanoTime();
                LocalKafka started = register(LocalKafka.start(
                        state.resolve("kafka"), localPort("LOCAL_KAFKA_PORT", 9092), KafkaTopics.RUN_PARTITIONS));
                OUT.printf("Kafka up on %s (%.1f s)%n", started.bootstrapServers(), secondsSince(t0));
                return started.bootstrapServers();
            });
        } finally {
            // Whatever happened to Kafka, PostgreSQL's start must be over (and registered) before we go on.
            postgres.exceptionally(e -> null).join();
        }
        LocalPostgres local = postgres.join();
        Endpoints endpoints = local != null
                ? new Endpoints(kafka, local.serverJdbcUrl(), local.username(), local.password())
                : new Endpoints(
                        kafka,
                        options.externalDatabaseUrl().orElseThrow(),
                        options.databaseUsername(),
                        options.databasePassword());

        if (options.externalKafka().isPresent()) {
            List<String> created = KafkaTopics.ensure(kafka, KafkaTopics.RUN_PARTITIONS, Duration.ofSeconds(60));
            OUT.println("Kafka " + kafka + ": created " + created.size() + " missing topics.");
        }
        for (Service service : Service.ALL) {
            if (service.database() != null) {
                createDatabase(endpoints, service.database(), local != null);
            }
        }
        return endpoints;
    }

    private void createDatabase(Endpoints endpoints, String database, boolean ours) {
        try {
            Databases.create(endpoints.databaseUrl(), endpoints.username(), endpoints.password(), database);
        } catch (SQLException e) {
            if (ours) {
                throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
            }
            // An ops-run server may not let us create databases; they may exist already, made by a DBA.
            OUT.println("Warning: could not create database " + database + " on " + endpoints.databaseUrl() + " ("
                    + e.getMessage() + "); the service needs it to exist.");
        }
    }

    /** A service's page as the browser on this machine reaches it; an address set in the environment wins. */
    private void linkTo(Map<String, String> env, String variable, String serviceName, String path) {
        if (System.getenv(variable) != null) {
            return;
        }
        Service service = Service.ALL.stream()
                .filter(s -> s.name().equals(serviceName))
                .findFirst()
                .orElseThrow();
        env.put(variable, "http://localhost:" + options.port(service.portVariable(), service.defaultPort()) + path);
    }

    private void startServices(Endpoints endpoints) {
        List<String> jvmOptions = options.serviceJavaOptions();
        for (Service service : Service.ALL) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafka());
            if (service.database() != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", Databases.urlFor(endpoints.databaseUrl(), service.database()));
                env.put("QUARKUS_DATASOURCE_USERNAME", endpoints.username());
                env.put("QUARKUS_DATASOURCE_PASSWORD", endpoints.password());
            } else {
                // insights-service's Kafka Streams state: with the topics, so --fresh starts both afresh
                env.put(
                        "KAFKA_STREAMS_STATE_DIR",
                        options.stateDir().resolve("insights-state").toString());
                // the demo's conversations count as over after two quiet minutes, not the shops' thirty
                if (System.getenv("DIANXIAOER_INSIGHTS_IDLE") == null) {
                    env.put("DIANXIAOER_INSIGHTS_IDLE", "2m");
                }
            }
            env.put("DIANXIAOER_OPS_API_KEY", options.opsApiKey());
            // The local run is the demo: each service loads the demo shop's data (its db/demo).
            env.put("DIANXIAOER_SCHEMA_DEMO_SHOP", "true");
            if (!services.isEmpty() && System.getenv("DIANXIAOER_WORKBENCH_SESSIONS_URL") == null) {
                // greeting-service, started first, holds the shops' accounts: a shop admin's session opens the others'
                // admin APIs.
                env.put(
                        "DIANXIAOER_WORKBENCH_SESSIONS_URL",
                        "http://localhost:" + services.get(0).port());
            }
            // the workbench and the shop owner's insights page link to each other
            if (service.name().equals("greeting-service")) {
                linkTo(env, "DIANXIAOER_WORKBENCH_INSIGHTS_URL", "insights-service", "/insights/");
            } else if (service.name().equals("insights-service")) {
                linkTo(env, "DIANXIAOER_INSIGHTS_WORKBENCH_URL", "greeting-service", "/workbench/");
            }
            int port = options.port(service.portVariable(), service.defaultPort());
            if (stopping) {
                throw new Stopping();
            }
            synchronized (services) {
                // Under the lock, so the shutdown hook sees every service that did start.
                services.add(ServiceProcess.start(
                        service, service.jar(options.root()), port, env, jvmOptions, options.logDir()));
            }
        }
        LeftoverServices.remember(options.stateDir(), services);
        OUT.println("Started " + services.size() + " services; waiting for them to be ready (logs in "
                + options.logDir() + ")");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        for (ServiceProcess service : services) {
            try {
                service.awaitReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), () -> stopping);
            } catch (IllegalStateException e) {
                if (stopping) {
                    throw new Stopping();
                }
                throw new IllegalStateException(
                        e.getMessage() + "\n--- last lines of " + service.log() + " ---\n" + service.tail(), e);
            }
            OUT.printf("  %-20s ready on :%d%n", service.service().name(), service.port());
        }
    }

    /** Blocks while the stack runs; reports a service that stops on its own. */
    private int supervise() {
        if (options.infraOnly()) {
            awaitForever();
            return 0;
        }
        List<CompletableFuture<ProcessHandle>> exits = new ArrayList<>();
        for (ServiceProcess service : services) {
            exits.add(service.handle().onExit().whenComplete((handle, error) -> {
                if (!stopping) {
                    System.err.printf(
                            "%n%s stopped on its own (exit code %d). Last lines of %s:%n%s%n%n",
                            service.service().name(), service.exitValue(), service.log(), service.tail());
                }
            }));
        }
        CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).join();
        if (stopping) {
            return 0;
        }
        System.err.println("local-stack: every service has stopped; shutting down.");
        return 1;
    }

    /** The shutdown hook: services, then PostgreSQL, then Kafka. */
    private void shutdown() {
        stopping = true;
        try {
            // A start in progress finishes (and registers what it started) first, or it would be orphaned.
            startupOver.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!running.isEmpty()) {
            OUT.println("\nStopping the local stack...");
        }
        stopServicesTogether();
        AutoCloseable next;
        while ((next = running.pollFirst()) != null) {
            closeQuietly(next);
        }
        LeftoverServices.forget(options.stateDir());
    }

    /** Four JVMs shut down side by side in about the time of the slowest, rather than the sum. */
    private void stopServicesTogether() {
        List<ServiceProcess> snapshot;
        synchronized (services) {
            snapshot = List.copyOf(services);
        }
        CompletableFuture.allOf(snapshot.stream()
                        .map(s -> CompletableFuture.runAsync(s::stop))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Keeps a started component for shutdown; a start that Ctrl-C overtook goes no further. */
    private <T extends AutoCloseable> T register(T component) {
        running.addFirst(component);
        if (stopping) {
            throw new Stopping();
        }
        return component;
    }

    private int localPort(String variable, int preferred) {
        int explicit = options.port(variable, 0);
        return explicit != 0 ? explicit : Ports.preferred(preferred);
    }

    private void printInfrastructure(Endpoints e) {
        OUT.printf("%nKafka and PostgreSQL up in %d s (no services: --infra-only).%n", elapsedSeconds());
        OUT.println("To run a service against them, e.g. in quarkus:dev:");
        OUT.println("  export KAFKA_BOOTSTRAP_SERVERS=" + e.kafka());
        OUT.println("  export QUARKUS_DATASOURCE_JDBC_URL="
                + Databases.urlFor(e.databaseUrl(), "<greeting|negotiation|order|aftersales>"));
        OUT.println("  export QUARKUS_DATASOURCE_USERNAME=" + e.username() + " QUARKUS_DATASOURCE_PASSWORD="
                + e.password());
        OUT.println("Ctrl-C stops everything.");
    }

    private void printStack(Endpoints e) {
        int greeting = services.get(0).port();
        OUT.printf("%nDianxiaoer (店小二) local stack up in %d s%n", elapsedSeconds());
        OUT.println("  demo shop   http://localhost:" + greeting + "/");
        OUT.println("  chat API    http://localhost:" + greeting + "/api/v1");
        OUT.println("  workbench   http://localhost:" + greeting + "/workbench/ (shop demo: xiaowang / xiaowang-demo, "
                + "xiaoli / xiaoli-demo, admin dianzhang / dianzhang-demo)");
        for (ServiceProcess s : services) {
            OUT.printf("  %-11s http://localhost:%d/q/health%n", s.service().shortName(), s.port());
        }
        OUT.println("  ops API key "
                + (options.opsApiKey().equals(RunOptions.LOCAL_OPS_API_KEY)
                        ? RunOptions.LOCAL_OPS_API_KEY + " (X-Api-Key; set DIANXIAOER_OPS_API_KEY for another)"
                        : "from DIANXIAOER_OPS_API_KEY"));
        OUT.println("  Kafka       " + e.kafka());
        OUT.println("  PostgreSQL  " + Databases.urlFor(e.databaseUrl(), "<service>") + " (user " + e.username() + ")");
        OUT.println("  logs        " + options.logDir());
        OUT.println("Ctrl-C stops everything.");
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private long elapsedSeconds() {
        return Math.round((System.nanoTime() - startedAt) / 1e9);
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            System.err.println("local-stack: while stopping: " + e);
        }
    }

    /** Thrown into a start that Ctrl-C overtook. */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("stopping", null, false, false);
        }
    }
}
