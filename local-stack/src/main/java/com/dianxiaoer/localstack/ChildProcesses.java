package com.dianxiaoer.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the child processes of the local stack. */
final class ChildProcesses {
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildProcesses() {}

    /**
     * The command run in a session of its own. A terminal's Ctrl-C goes to the whole foreground process
     * group; without this, PostgreSQL and the services would be interrupted at the same moment as this
     * JVM and the shutdown order (services, then PostgreSQL, then Kafka) would be lost. setsid execs in
     * place, so the pid we hold is still the real server's.
     */
    static List<String> ownSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Sends a signal by name (INT, TERM). Java only offers SIGTERM (destroy) and SIGKILL
     * (destroyForcibly); PostgreSQL needs SIGINT for its fast shutdown.
     */
    static void signal(ProcessHandle process, String signal) {
        if (!process.isAlive()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No kill(1): SIGTERM is the closest Java can send itself.
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Signals the process, waits up to the grace period, then kills it and whatever it left behind.
     *
     * @return true when it stopped within the grace period
     */
    static boolean stop(ProcessHandle process, String signal, long graceMillis) {
        if (!process.isAlive()) {
            return true;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        signal(process, signal);
        boolean stopped = awaitExit(process, graceMillis);
        if (!stopped) {
            process.destroyForcibly();
            awaitExit(process, 5_000);
        }
        // A server killed hard can leave workers behind (PostgreSQL backends exit on their own, but not instantly).
        for (ProcessHandle child : descendants) {
            if (child.isAlive() && !awaitExit(child, stopped ? 2_000 : 0)) {
                child.destroyForcibly();
            }
        }
        return stopped;
    }

    /**
     * Polls rather than using onExit(): for a process that is not our child (a leftover from a killed run)
     * the JDK's onExit() only notices an exit more than a second late.
     */
    static boolean awaitExit(ProcessHandle process, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (process.isAlive()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return true;
    }
}
