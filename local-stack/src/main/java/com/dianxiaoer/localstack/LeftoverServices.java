package com.dianxiaoer.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The pids of the services a run started, kept in .local-stack/services.pids while it runs. A JVM that
 * is killed hard cannot stop its children; the next run finds them through this file and stops them,
 * instead of failing on ports still held by last run's services.
 */
final class LeftoverServices {
    private static final String FILE = "services.pids";

    private LeftoverServices() {}

    static void remember(Path stateDir, List<ServiceProcess> services) {
        StringBuilder lines = new StringBuilder();
        for (ServiceProcess s : services) {
            lines.append(s.handle().pid())
                    .append(' ')
                    .append(s.service().name())
                    .append('\n');
        }
        try {
            Files.writeString(stateDir.resolve(FILE), lines);
        } catch (IOException e) {
            // Only a convenience for the next run.
        }
    }

    static void forget(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FILE));
        } catch (IOException e) {
            // Harmless: the next run checks each pid's command line before touching it.
        }
    }

    static void stop(Path stateDir, PrintStream out) {
        Path file = stateDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split(" ", 2);
                if (parts.length == 2 && parts[0].matches("\\d+")) {
                    // Only when the pid still runs that service's jar: pids get reused.
                    Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0]))
                            .filter(p -> p.info()
                                    .commandLine()
                                    .map(c -> c.contains(parts[1] + "/target/quarkus-app/quarkus-run.jar"))
                                    .orElse(false));
                    if (process.isPresent()) {
                        out.println("Stopping " + parts[1] + " (pid " + parts[0] + ") left running by a previous run.");
                        ChildProcesses.stop(process.get(), "TERM", 10_000);
                    }
                }
            }
        } catch (IOException e) {
            out.println("Warning: cannot read " + file + ": " + e.getMessage());
        }
        forget(stateDir);
    }
}
