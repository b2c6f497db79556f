package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.Transcript;
import com.dianxiaoer.messaging.EventIntake;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.messaging.UnknownConversationException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Replies from the stage services join the transcript and so reach the widget's stream. */
@ApplicationScoped
public class RepliesConsumer {
    private static final Map<String, Stage> STAGE_OF_PRODUCER = Map.of(
            "negotiation-service",
            Stage.negotiation,
            "order-service",
            Stage.order,
            "aftersales-service",
            Stage.aftersales);

    @Inject
    Transcript transcript;

    @Inject
    Outbox outbox;

    @Inject
    EventIntake intake;

    @Incoming("replies")
    @Blocking
    public void consume(String record) {
        intake.take(record, BotReplied.class, this::store);
    }

    private void store(Envelope event, BotReplied reply) {
        ConversationEntity conversation = ConversationEntity.lock(UUID.fromString(event.conversationId()))
                .orElseThrow(() -> new UnknownConversationException(event.conversationId()));
        if (conversation.erased()) {
            return; // answered before the erasure reached the stage: nobody is there to read it, and nothing is kept
        }
        Stage speaker = event.actor() == Actor.agent ? Stage.human : STAGE_OF_PRODUCER.get(event.producer());
        if (transcript.appendArrivedReply(conversation, event, speaker, reply)) {
            followSpeaker(conversation, event, speaker);
        }
    }

    /**
     * A stage that speaks first (the address check after payment, a payment reminder) now owns the conversation, so
     * the customer's "好的" or "确认" goes back to it. A conversation waiting for a person stays with the person.
     */
    private void followSpeaker(ConversationEntity conversation, Envelope event, Stage speaker) {
        if (speaker == null
                || speaker == Stage.human
                || conversation.stage == speaker
                || conversation.stage == Stage.human) {
            return;
        }
        outbox.publish(
                Topics.CONVERSATION_EVENTS,
                event.cause(
                        null,
                        Actor.system,
                        Transcript.PRODUCER,
                        new StageChanged(conversation.stage, speaker, "stage_replied")));
        conversation.stage = speaker;
    }
}
