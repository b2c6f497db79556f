package com.dianxiaoer.aftersales.messaging;

import com.dianxiaoer.aftersales.persistence.ScheduledReplyEntity;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.messaging.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Releases scheduled replies (the satisfaction question) when they fall due: moved to the outbox and deleted in one transaction. */
@ApplicationScoped
public class DelayedReplies {
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void release() {
        for (ScheduledReplyEntity due : ScheduledReplyEntity.due(clock.instant(), 100)) {
            outbox.publish(due.topic, EventJson.read(due.payload));
            due.delete();
        }
    }
}
