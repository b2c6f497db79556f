package com.dianxiaoer.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Events to publish later (a supervisor's answer, a satisfaction question): kept in the database in the caller's
 * transaction, and moved to the outbox when they fall due. A service that uses it needs the {@code scheduled_reply}
 * table and {@code dianxiaoer.scheduled-replies.enabled=true}, which turns on the sweep.
 */
@ApplicationScoped
public class ScheduledReplies {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAt(Instant dueAt, String topic, Envelope event) {
        ScheduledReplyEntity later = new ScheduledReplyEntity();
        later.conversationId = event.conversationId();
        later.dueAt = dueAt;
        later.topic = topic;
        later.payload = EventJson.write(event);
        later.persist();
    }

    /**
     * Sends now what a conversation still waits for, ahead of what the caller publishes next: when the customer
     * writes again before the supervisor's answer, the answer comes first, then the reply to the new message.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseNow(String conversationId) {
        for (ScheduledReplyEntity waiting : ScheduledReplyEntity.waiting(conversationId)) {
            outbox.publish(waiting.topic, EventJson.read(waiting.payload));
            waiting.delete();
        }
    }

    /** Moves what is due by the service's clock to the outbox, in one transaction; returns how many. */
    @Transactional
    public int release() {
        int released = 0;
        for (ScheduledReplyEntity due : ScheduledReplyEntity.due(clock.instant(), 100)) {
            outbox.publish(due.topic, EventJson.read(due.payload));
            due.delete();
            released++;
        }
        return released;
    }
}
