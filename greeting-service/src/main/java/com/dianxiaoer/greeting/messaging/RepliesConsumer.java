package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.greeting.app.RecordStageReply;
import com.dianxiaoer.messaging.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Replies from the stage services and from people, on conversation.replies (our own come back and are skipped). */
@ApplicationScoped
public class RepliesConsumer {
    @Inject
    RecordStageReply replies;

    @Inject
    EventIntake intake;

    @Incoming("replies")
    @Blocking
    public void consume(String record) {
        intake.take(record, BotReplied.class, replies::record);
    }
}
