package com.dianxiaoer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command end to end, as a separate JVM, with stand-in services. */
class LocalStackRunTest {
    @TempDir
    Path root;

    @Test
    void startsEverythingPrintsTheAddressesAndStopsEverythingOnSigterm() throws Exception {
        fakeServices();
        Map<String, String> env = ports();
        Process run = startRun(env);
        try {
            String output = awaitOutput(run, "Ctrl-C stops everything.", Duration.ofSeconds(90));
            assertThat(output)
                    .contains(
                            "local stack up in",
                            "chat API    http://localhost:" + env.get("GREETING_PORT") + "/api/v1");
            HttpClient http = HttpClient.newHttpClient();
            for (String port :
                    List.of("GREETING_PORT", "NEGOTIATION_PORT", "ORDER_PORT", "AFTERSALES_PORT", "INSIGHTS_PORT")) {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + env.get(port) + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
            }
            String orderLog = Files.readString(root.resolve(".local-stack/logs/order-service.log"));
            assertThat(orderLog)
                    .contains(
                            "QUARKUS_HTTP_PORT=" + env.get("ORDER_PORT"),
                            "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + env.get("LOCAL_KAFKA_PORT"),
                            "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:" + env.get("LOCAL_POSTGRES_PORT")
                                    + "/order",
                            "jvm=[-Xmx256m");
            assertThat(Files.readString(root.resolve(".local-stack/logs/insights-service.log")))
                    .as("no database for the streams, their state kept with the topics")
                    .contains("KAFKA_STREAMS_STATE_DIR=" + root.resolve(".local-stack/insights-state"))
                    .contains("QUARKUS_DATASOURCE_JDBC_URL=null");
            assertThat(Files.readString(root.resolve(".local-stack/logs/greeting-service.log")))
                    .as("the model's service gets the JVM that keeps it under 400 MB")
                    .contains("-Xmx128m", "-XX:TieredStopAtLevel=1");
            try (Connection c = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + env.get("LOCAL_POSTGRES_PORT") + "/postgres",
                            "postgres",
                            "postgres");
                    ResultSet rs = c.createStatement()
                            .executeQuery("SELECT count(*) FROM pg_database WHERE datname IN "
                                    + "('greeting', 'negotiation', 'order', 'aftersales')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
            assertThat(run.children().toList()).hasSize(6); // five services and PostgreSQL
            List<ProcessHandle> children = run.descendants().toList(); // with PostgreSQL's own workers

            run.destroy(); // SIGTERM, as a service manager or `kill` would send
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            for (String port : env.values()) {
                assertThat(Ports.isFree(Integer.parseInt(port)))
                        .as("port %s", port)
                        .isTrue();
            }
            assertThat(root.resolve(".local-stack/services.pids")).doesNotExist();
        } finally {
            stop(run);
        }
    }

    @Test
    void aServiceThatFailsToStartStopsTheRunWithItsLog() throws Exception {
        fakeServices();
        Files.createFile(root.resolve("order-service/target/quarkus-app/crash"));
        Process run = startRun(ports());
        try {
            assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.exitValue()).isEqualTo(1);
            assertThat(output)
                    .contains(
                            "order-service exited with 3 while starting",
                            "boom: cannot connect to the meaning of life");
            assertThat(run.descendants().filter(ProcessHandle::isAlive).toList())
                    .isEmpty();
        } finally {
            stop(run);
        }
    }

    @Test
    void sigtermWhileAServiceIsStillStartingStopsEverythingAtOnce() throws Exception {
        fakeServices();
        Files.createFile(root.resolve("aftersales-service/target/quarkus-app/slow"));
        Process run = startRun(ports());
        try {
            awaitOutput(run, "waiting for them to be ready", Duration.ofSeconds(90));
            List<ProcessHandle> children = run.descendants().toList();
            long t0 = System.nanoTime();
            run.destroy();
            assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        } finally {
            stop(run);
        }
    }

    @Test
    void aMissingServiceJarIsNamedWithTheBuildCommand() throws Exception {
        fakeServices();
        Files.delete(root.resolve("negotiation-service/target/quarkus-app/quarkus-run.jar"));
        Process run = startRun(ports());
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(output)
                .contains(
                        root.resolve("negotiation-service/target/quarkus-app/quarkus-run.jar")
                                        .toString() + " is missing",
                        "./mvnw install -DskipTests");
        assertThat(output).doesNotContain("greeting-service is not built");
        assertThat(root.resolve(".local-stack/kafka")).doesNotExist();
    }

    /** Like Ctrl-C, so a failed assertion does not leave the run's children behind; kill -9 would. */
    private static void stop(Process run) throws InterruptedException {
        List<ProcessHandle> descendants = run.descendants().toList();
        run.destroy();
        if (!run.waitFor(30, TimeUnit.SECONDS)) {
            run.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private Process startRun(Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalStack.class.getName(),
                        "--root",
                        root.toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("DATABASE_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String awaitOutput(Process run, String marker, Duration timeout) throws Exception {
        StringBuilder output = new StringBuilder();
        long deadline = System.nanoTime() + timeout.toNanos();
        var in = run.getInputStream();
        byte[] buffer = new byte[8192];
        while (System.nanoTime() < deadline && !output.toString().contains(marker)) {
            if (in.available() > 0) {
                int n = in.read(buffer);
                output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            } else if (!run.isAlive()) {
                output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                break;
            } else {
                Thread.sleep(100);
            }
        }
        System.out.println(output);
        assertThat(output.toString()).contains(marker);
        return output.toString();
    }

    private static Map<String, String> ports() {
        Map<String, String> env = new HashMap<>();
        for (String name : List.of(
                "GREETING_PORT",
                "NEGOTIATION_PORT",
                "ORDER_PORT",
                "AFTERSALES_PORT",
                "INSIGHTS_PORT",
                "LOCAL_KAFKA_PORT",
                "LOCAL_POSTGRES_PORT")) {
            env.put(name, Integer.toString(Ports.free()));
        }
        return env;
    }

    /** quarkus-run.jar stand-ins: a manifest naming FakeService and this module's test classes. */
    private void fakeServices() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        List<String> classPath = new ArrayList<>();
        classPath.add(Path.of(FakeService.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toUri()
                .toString());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        for (String service : List.of(
                "greeting-service", "negotiation-service", "order-service", "aftersales-service", "insights-service")) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // The manifest is all it needs.
            }
        }
    }
}
