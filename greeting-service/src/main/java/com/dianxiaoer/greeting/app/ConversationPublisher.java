package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.greeting.domain.PersonalData;
import com.dianxiaoer.greeting.domain.Reply;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.Transcript;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Everything greeting-service says and reports leaves here, in the caller's transaction: what is said joins the
 * transcript (and so the widget's stream) together with its event, and every event goes through the outbox.
 */
@ApplicationScoped
public class ConversationPublisher {
    public static final String PRODUCER = "greeting-service";

    @Inject
    Transcript transcript;

    @Inject
    Outbox outbox;

    /** The customer's words, kept as typed; the event analysts read carries them masked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TranscriptItemEntity customerMessage(ConversationEntity conversation, String text, String clientMessageId) {
        TranscriptItemEntity item = transcript.appendCustomerMessage(conversation, text, clientMessageId);
        report(
                conversation,
                item.seq,
                Actor.customer,
                new CustomerMessageReceived(item.id.toString(), clientMessageId, PersonalData.mask(text)));
        return item;
    }

    /** A reply the domain composed, answering {@code inReplyTo} (a customer message's id) or nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Envelope reply(ConversationEntity conversation, Envelope cause, Reply reply, String inReplyTo) {
        BotReplied said = new BotReplied(reply.text(), reply.intent(), reply.quickReplies(), inReplyTo);
        Envelope event = cause.cause(conversation.nextSeq(), Actor.bot, PRODUCER, said);
        transcript.appendBotReply(conversation, event, said);
        outbox.publish(Topics.REPLIES, event);
        return event;
    }

    /** A person's line; our own replies consumer recognises it on conversation.replies by its id and skips it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TranscriptItemEntity agentReply(
            ConversationEntity conversation, String author, String text, String clientMessageId) {
        Envelope event = Envelope.of(
                conversation.shopId,
                conversation.id.toString(),
                conversation.nextSeq(),
                Actor.agent,
                PRODUCER,
                null,
                null,
                new BotReplied(text, null, List.of(), null));
        TranscriptItemEntity item = transcript.appendAgentReply(conversation, event, author, text, clientMessageId);
        outbox.publish(Topics.REPLIES, event);
        return item;
    }

    /** A customer message handed to the stage that answers it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void route(Stage stage, Envelope cause, MessageRouted message) {
        outbox.publish(Topics.routedTo(stage), cause.cause(null, Actor.customer, PRODUCER, message));
    }

    /** What happened to a conversation, on conversation.events; {@code seq} is the transcript item it is about. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Envelope report(ConversationEntity conversation, Long seq, Actor actor, Payload payload) {
        Envelope event =
                Envelope.of(conversation.shopId, conversation.id.toString(), seq, actor, PRODUCER, null, null, payload);
        outbox.publish(Topics.CONVERSATION_EVENTS, event);
        return event;
    }

    /** What happened to a conversation because of {@code cause}, on conversation.events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Envelope report(Envelope cause, Actor actor, Payload payload) {
        Envelope event = cause.cause(null, actor, PRODUCER, payload);
        outbox.publish(Topics.CONVERSATION_EVENTS, event);
        return event;
    }

    /** An event of ours for another topic (the catalogue, erasure requests to the stage services). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, Envelope event) {
        outbox.publish(topic, event);
    }
}
