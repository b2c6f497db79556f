package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.greeting.domain.Ownership;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.Transcript;
import com.dianxiaoer.messaging.UnknownConversationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A stage service or a person answered: the reply joins the transcript, and so the widget's stream, once. */
@ApplicationScoped
public class RecordStageReply {
    @Inject
    Transcript transcript;

    @Inject
    ConversationPublisher publisher;

    /** Called once per reply event (EventIntake remembers it), in the intake's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Envelope event, BotReplied reply) {
        ConversationEntity conversation = ConversationEntity.lock(UUID.fromString(event.conversationId()))
                .orElseThrow(() -> new UnknownConversationException(event.conversationId()));
        if (conversation.erased()) {
            return; // answered before the erasure reached the stage: nobody is there to read it, and nothing is kept
        }
        Stage speaker = Ownership.speaker(event.actor(), event.producer());
        if (!transcript.appendArrivedReply(conversation, event, speaker, reply)) {
            return;
        }
        Ownership.afterReply(conversation.stage, speaker).ifPresent(owner -> {
            publisher.report(event, Actor.system, new StageChanged(conversation.stage, owner, "stage_replied"));
            conversation.stage = owner;
        });
    }
}
