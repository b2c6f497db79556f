package com.dianxiaoer.negotiation.messaging;

import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.negotiation.persistence.ScheduledReplyEntity;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Releases scheduled replies when they fall due: moved to the outbox and deleted in one transaction. */
@ApplicationScoped
public class DelayedReplies {
    @Inject
    Outbox outbox;

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void release() {
        for (ScheduledReplyEntity due : ScheduledReplyEntity.due(Instant.now(), 100)) {
            outbox.publish(due.topic, EventJson.read(due.payload));
            due.delete();
        }
    }
}
