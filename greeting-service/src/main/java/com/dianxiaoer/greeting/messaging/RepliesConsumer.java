package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.messaging.Redelivery;
import com.dianxiaoer.messaging.UnknownConversationException;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.Transcript;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** Replies from the stage services join the transcript and so reach the widget's stream. */
@ApplicationScoped
public class RepliesConsumer {
    @Inject
    Transcript transcript;

    @Incoming("replies")
    @Blocking
    public void consume(String record) {
        Envelope event = EventJson.read(record);
        if (event.payload() instanceof BotReplied reply) {
            Redelivery.withRetries("reply " + event.eventId(), () -> store(event, reply));
        }
    }

    private void store(Envelope event, BotReplied reply) {
        QuarkusTransaction.requiringNew().run(() -> {
            ConversationEntity conversation = ConversationEntity.lock(UUID.fromString(event.conversationId()))
                .orElseThrow(() -> new UnknownConversationException(event.conversationId()));
            transcript.appendArrivedReply(conversation, event, reply);
        });
    }
}
