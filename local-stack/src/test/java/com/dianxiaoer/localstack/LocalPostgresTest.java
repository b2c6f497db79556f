package com.dianxiaoer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {
    @TempDir
    Path baseDir;

    /** Other tests in this JVM may have shared servers running (LocalStackTestResource); those are not ours. */
    private final Set<Long> before =
            ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());

    @Test
    void startsCreatesDatabasesIdempotentlyAndRestartsOnTheSameDataDir() throws Exception {
        long t0 = System.nanoTime();
        try (LocalPostgres pg = LocalPostgres.start(baseDir)) {
            System.out.printf("LocalPostgres first start (initdb, unpack if not cached) in %d ms%n", millisSince(t0));
            pg.createDatabase("order");
            pg.createDatabase("order");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("order"), pg.username(), pg.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE remark (id int PRIMARY KEY, text varchar(100))");
                s.execute("INSERT INTO remark VALUES (1, '送小礼品')");
            }
        }
        assertNoChildProcessLeft();

        t0 = System.nanoTime();
        try (LocalPostgres pg = LocalPostgres.start(baseDir)) {
            System.out.printf("LocalPostgres second start on the same data dir in %d ms%n", millisSince(t0));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("order"), pg.username(), pg.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT text, current_setting('server_encoding') FROM remark")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("送小礼品");
                assertThat(rs.getString(2)).isEqualTo("UTF8");
            }
        }
        assertNoChildProcessLeft();
        assertThat(baseDir.resolve("data/postmaster.pid")).doesNotExist();
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedBeforeTheNextStart() throws Exception {
        LocalPostgres orphan = LocalPostgres.start(baseDir);
        // Stand-in for a previous run that was killed: its server is alive and holds the data dir.
        ProcessHandle old = ProcessHandle.of(orphan.pid()).orElseThrow();
        try (LocalPostgres pg = LocalPostgres.start(baseDir)) {
            assertThat(old.isAlive()).isFalse();
            pg.createDatabase("greeting");
        } finally {
            orphan.close();
        }
        assertNoChildProcessLeft();
    }

    @Test
    void stalePidFileOfADeadServerDoesNotBlockTheStart() throws Exception {
        LocalPostgres.start(baseDir).close();
        // The pid of this JVM: alive, but not a postgres.
        Files.writeString(
                baseDir.resolve("data/postmaster.pid"), ProcessHandle.current().pid() + "\n");
        try (LocalPostgres pg = LocalPostgres.start(baseDir)) {
            pg.createDatabase("aftersales");
        }
        assertNoChildProcessLeft();
    }

    private void assertNoChildProcessLeft() {
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> !before.contains(p.pid()))
                        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                        .toList())
                .isEmpty();
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
