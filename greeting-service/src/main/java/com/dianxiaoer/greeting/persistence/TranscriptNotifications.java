package com.dianxiaoer.greeting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears of every transcript item appended by any instance, as PostgreSQL announces it (V14: a trigger notifies
 * {@code transcript_appended} on commit). One connection of its own, outside the pool, waits for the notifications; if it
 * drops it is opened again, and meanwhile the feed's periodic look still finds the items. Waiting only reads from the
 * socket, so a connection that died without a word (a failover, a NAT's idle timeout) would look like a quiet one: an
 * idle connection is asked a query now and then, which fails on a dead one.
 */
@ApplicationScoped
public class TranscriptNotifications {
    private static final Logger LOG = Logger.getLogger(TranscriptNotifications.class);
    static final String CHANNEL = "transcript_appended";
    private static final long PROBE_IDLE_MILLIS = 30_000;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile Thread listener;
    private volatile boolean listening;

    /** Whether the connection is open and listening (notifications of commits before that are not heard). */
    public boolean listening() {
        return listening;
    }

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
        listening = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(BiConsumer<UUID, Long> appended) {
        long backoff = 500;
        while (listener == Thread.currentThread()) {
            try (Connection connection = DriverManager.getConnection(url, properties());
                    Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                backoff = 500;
                long heard = System.currentTimeMillis();
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        heard = System.currentTimeMillis();
                        for (PGNotification n : notifications) {
                            deliver(n.getParameter(), appended);
                        }
                    } else if (System.currentTimeMillis() - heard >= PROBE_IDLE_MILLIS) {
                        statement.execute("select 1");
                        heard = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
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

    private Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private static void deliver(String payload, BiConsumer<UUID, Long> appended) {
        UUID conversationId;
        long seq;
        try {
            int space = payload.indexOf(' ');
            conversationId = UUID.fromString(payload.substring(0, space));
            seq = Long.parseLong(payload.substring(space + 1));
        } catch (RuntimeException malformed) {
            LOG.debugf("ignored a notification %s", payload);
            return;
        }
        appended.accept(conversationId, seq);
    }
}
