package com.dianxiaoer.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server run as a child process of this JVM from the zonky binaries, listening on
 * loopback only. Its data directory may be kept across runs: initdb runs only the first time.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String USERNAME = "postgres";
    /** Loopback connections are trusted (a local stack); the drivers still want a password to send. */
    public static final String PASSWORD = "postgres";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final long STOP_GRACE_MILLIS = 10_000;
    /** sockaddr_un holds 108 bytes; a deeper socket directory makes PostgreSQL refuse to start. */
    private static final int MAX_SOCKET_DIR = 90;

    private final Process process;
    private final int port;
    private final Path logFile;
    private volatile boolean closed;

    private LocalPostgres(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** A throwaway server for tests: any free port, no fsync. */
    public static LocalPostgres start(Path baseDir) {
        return start(baseDir, 0, false);
    }

    /**
     * @param baseDir holds data/ (the cluster) and postgres.log
     * @param port the port to listen on, or 0 for any free one
     * @param durable false trades crash safety for speed (fsync off), which only tests should do
     */
    public static LocalPostgres start(Path baseDir, int port, boolean durable) {
        Path home = PostgresBinaries.install();
        Path base = baseDir.toAbsolutePath();
        Path data = base.resolve("data");
        Path log = base.resolve("postgres.log");
        try {
            Files.createDirectories(base);
            initdbOnce(home, data, log);
            stopLeftoverServer(base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare PostgreSQL data dir " + data, e);
        }
        int chosen = port == 0 ? Ports.free() : port;
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(chosen),
                "-c",
                "listen_addresses=127.0.0.1",
                // The socket lets a developer use psql -h <dir>; a path too long for a socket means TCP only.
                "-k",
                base.toString().length() <= MAX_SOCKET_DIR ? base.toString() : ""));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        Process process = launch(command, log);
        LocalPostgres server = new LocalPostgres(process, chosen, log);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return port;
    }

    /** The server URL (database postgres), the one to create databases through. */
    public String serverJdbcUrl() {
        return jdbcUrl("postgres");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        try {
            Databases.create(serverJdbcUrl(), USERNAME, PASSWORD, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Fast shutdown (SIGINT: roll back open transactions, checkpoint, exit); kills it after 10 s. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Process.destroy() would send SIGTERM, PostgreSQL's "smart" shutdown, which waits for every
        // client (the services' connection pools) to disconnect first.
        ChildProcesses.stop(process.toHandle(), "INT", STOP_GRACE_MILLIS);
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + process.exitValue() + " while starting; "
                        + logFile + " ends with:\n" + LogFiles.tail(logFile, 30));
            }
            try (Connection c =
                    DriverManager.getConnection(serverJdbcUrl() + "?connectTimeout=2", USERNAME, PASSWORD)) {
                if (c.isValid(2)) {
                    return;
                }
            } catch (SQLException e) {
                // Refused until the socket is open, then "the database system is starting up".
                last = e;
            }
            sleep(50);
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within " + READY_TIMEOUT + " ("
                + (last == null ? "" : last.getMessage()) + "); " + logFile + " ends with:\n"
                + LogFiles.tail(logFile, 30));
    }

    private static void initdbOnce(Path home, Path data, Path log) throws IOException {
        if (Files.exists(data.resolve("PG_VERSION"))) {
            return;
        }
        // Into a side directory first: an initdb cut short must not leave a data dir that looks usable.
        Path partial = data.resolveSibling(data.getFileName() + ".initdb");
        PostgresBinaries.deleteTree(partial);
        Process initdb = launch(
                List.of(
                        home.resolve("bin/initdb").toString(),
                        "-D",
                        partial.toString(),
                        "-U",
                        USERNAME,
                        "-E",
                        "UTF8",
                        "--locale=C",
                        "-A",
                        "trust",
                        "--no-sync",
                        "--no-instructions"),
                log);
        try {
            if (!initdb.waitFor(120, TimeUnit.SECONDS)) {
                initdb.destroyForcibly();
                throw new IllegalStateException("initdb did not finish within 120 s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            initdb.destroyForcibly();
            throw new IllegalStateException("interrupted during initdb", e);
        }
        if (initdb.exitValue() != 0) {
            throw new IllegalStateException(
                    "initdb failed with " + initdb.exitValue() + "; " + log + " ends with:\n" + LogFiles.tail(log, 30));
        }
        Files.move(partial, data, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A postmaster.pid names the server that last ran on this data dir. When this JVM was killed hard
     * (kill -9, a crashed IDE) that server is still running, orphaned: stop it, or it holds the data dir.
     * When it is dead, the file is stale; remove it, because its pid may by now belong to another process,
     * and PostgreSQL (in its user namespace, unable to signal that process) cannot tell.
     */
    static void stopLeftoverServer(Path baseDir) throws IOException {
        Path pidFile = baseDir.toAbsolutePath().resolve("data/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> owner = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .map(String::trim)
                .filter(s -> s.matches("\\d+"))
                .flatMap(s -> ProcessHandle.of(Long.parseLong(s)))
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (owner.isPresent()) {
            ChildProcesses.stop(owner.get(), "INT", STOP_GRACE_MILLIS);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Process launch(List<String> command, Path log) {
        List<String> full = new ArrayList<>();
        if (UserNamespace.needed()) {
            full.addAll(UserNamespace.prefix());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.ownSession(full))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // A developer's PG* settings (PGDATA, PGPORT, PGOPTIONS) must not steer our server.
        env.keySet().removeIf(k -> k.startsWith("PG"));
        env.put("LC_ALL", "C");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", full), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
