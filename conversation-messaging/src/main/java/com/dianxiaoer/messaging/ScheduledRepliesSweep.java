package com.dianxiaoer.messaging;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Releases scheduled replies as they fall due, in the services that schedule any. */
@ApplicationScoped
@IfBuildProperty(name = "dianxiaoer.scheduled-replies.enabled", stringValue = "true")
public class ScheduledRepliesSweep {
    @Inject
    ScheduledReplies replies;

    @Scheduled(
            every = "${dianxiaoer.scheduled-replies.sweep-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        replies.release();
    }
}
