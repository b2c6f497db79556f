package com.dianxiaoer.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class LogFiles {
    private LogFiles() {}

    /** The last lines of a log, for an error message that explains itself. */
    static String tail(Path file, int lines) {
        try {
            // Lenient decoding: a log cut off mid-character must still be readable.
            List<String> all = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
