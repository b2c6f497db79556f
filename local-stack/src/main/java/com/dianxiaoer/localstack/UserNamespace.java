package com.dianxiaoer.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL refuses to run as root. As root we run it in a fresh user namespace with no uid mapping
 * (unshare -U): there getuid() is the overflow uid, and root-owned files show as owned by that same
 * overflow uid, so both PostgreSQL's "not root" check and its "data dir owned by me" check pass, while
 * the kernel still checks file access as the real root outside.
 */
final class UserNamespace {
    private UserNamespace() {}

    static boolean needed() {
        try {
            // /proc/self belongs to the effective uid of whoever looks at it.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static List<String> prefix() {
        // unshare execs the command in place (no --fork), so PostgreSQL keeps the pid we started.
        return List.of("unshare", "--user");
    }
}
