package com.dianxiaoer.messaging;

import com.dianxiaoer.events.EventJson;
import org.jboss.logging.Logger;

/**
 * Retries a handler a few times before its record goes to the dead-letter topic: a database blip should not
 * park a customer's message. A record that can never succeed (malformed, unknown conversation) fails at once.
 */
public final class Redelivery {
    private static final Logger LOG = Logger.getLogger(Redelivery.class);
    private static final int ATTEMPTS = 3;

    private Redelivery() {
    }

    public static void withRetries(String what, Runnable handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.run();
                return;
            } catch (EventJson.MalformedEventException | UnknownConversationException | ClassCastException | IllegalArgumentException permanent) {
                throw permanent;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("%s failed (attempt %d of %d), retrying: %s", what, attempt, ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
