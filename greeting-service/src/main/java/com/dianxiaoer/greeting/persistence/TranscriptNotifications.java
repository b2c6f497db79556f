package com.dianxiaoer.greeting.persistence;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Hears of every transcript item appended by any instance, as PostgreSQL announces it (V14: a trigger notifies
 * {@code transcript_appended} on commit). One connection of its own, outside the pool, waits for the notifications; if it
 * drops it is opened again, and meanwhile the feed's periodic look still finds the items.
 */
@ApplicationScoped
public class TranscriptNotifications {
    private static final Logger LOG = Logger.getLogger(TranscriptNotifications.class);
    static final String CHANNEL = "transcript_appended";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile Thread listener;

    /** Calls {@code appended} with (conversation, seq) for every item appended anywhere, on a thread of its own. */
    public void listen(BiConsumer<UUID, Long> appended) {
        Thread thread = new Thread(() -> run(appended), "transcript-notifications");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(BiConsumer<UUID, Long> appended) {
        long backoff = 500;
        while (listener == Thread.currentThread()) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                backoff = 500;
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getParameter(), appended);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                LOG.warnf("listening for transcript items failed (%s); again in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private static void deliver(String payload, BiConsumer<UUID, Long> appended) {
        int space = payload.indexOf(' ');
        try {
            appended.accept(UUID.fromString(payload.substring(0, space)), Long.parseLong(payload.substring(space + 1)));
        } catch (RuntimeException malformed) {
            LOG.debugf("ignored a notification %s", payload);
        }
    }
}
