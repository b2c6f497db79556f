package com.dianxiaoer.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A service running as a child process, with its output in its own log file. */
final class ServiceProcess {
    private static final long STOP_GRACE_MILLIS = 10_000;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Service service;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(Service service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(
            Service service, Path jar, int port, Map<String, String> env, List<String> jvmOptions, Path logDir) {
        Path log = logDir.resolve(service.name() + ".log");
        List<String> command = new ArrayList<>();
        // The JVM running us, not whatever "java" is first on the PATH.
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(service.jvmOptions());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.ownSession(command))
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        // Fewer glibc malloc arenas: the native memory of the model's threads stays in a few, not one per thread.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(logDir);
            return new ServiceProcess(service, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }

    Service service() {
        return service;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /**
     * Waits for /q/health/ready to answer UP.
     *
     * @param cancelled checked between attempts, so that Ctrl-C during a slow start is not kept waiting
     * @throws IllegalStateException when the process exits first, the timeout passes or the wait is cancelled
     */
    void awaitReady(Duration timeout, BooleanSupplier cancelled) {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        service.name() + " exited with " + process.exitValue() + " while starting");
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.name(), e);
            }
            sleep(250);
        }
        throw new IllegalStateException(
                service.name() + " was not ready within " + timeout.toSeconds() + " s (" + last + ")");
    }

    /** SIGTERM (Quarkus shuts down gracefully on it), then SIGKILL after 10 s. */
    void stop() {
        ChildProcesses.stop(process.toHandle(), "TERM", STOP_GRACE_MILLIS);
    }

    String tail() {
        return LogFiles.tail(log, 40);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
