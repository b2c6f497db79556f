package com.dianxiaoer.messaging;

import com.dianxiaoer.events.EventJson;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a piece of work again after a failure that may pass (the database restarting, a lock timeout, a broken
 * connection), with pauses that double up to a ceiling. A failure that can never pass (an unreadable event, an
 * unknown conversation, a bad argument) is thrown at once, and so is the last one.
 */
final class Retry {
    private static final Logger LOG = Logger.getLogger(Retry.class);

    /** How the retry waits; tests replace the sleep. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    private final int attempts;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Pause pause;

    Retry(int attempts, Duration firstPause, Duration maxPause, Pause pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        this.attempts = attempts;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.pause = pause;
    }

    void run(String what, Runnable work) {
        Duration next = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (permanent(e) || attempt == attempts) {
                    throw e;
                }
                LOG.warnf(
                        "%s failed (attempt %d of %d), trying again in %d ms: %s",
                        what, attempt, attempts, next.toMillis(), e);
                try {
                    pause.sleep(next);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                Duration doubled = next.multipliedBy(2);
                next = doubled.compareTo(maxPause) > 0 ? maxPause : doubled;
            }
        }
    }

    static boolean permanent(Throwable e) {
        return e instanceof EventJson.MalformedEventException
                || e instanceof UnknownConversationException
                || e instanceof ClassCastException
                || e instanceof IllegalArgumentException;
    }
}
