package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.messaging.JsonColumn;
import com.dianxiaoer.web.Ids;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Appends to a conversation's transcript. Callers hold the conversation's row lock (ConversationEntity.lock), so
 * sequence numbers are gap-free and in the order the items were written.
 */
@ApplicationScoped
public class Transcript {
    @Inject
    Event<TranscriptAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public TranscriptItemEntity appendCustomerMessage(
            ConversationEntity conversation, String text, String clientMessageId) {
        return store(
                conversation,
                UUID.randomUUID(),
                conversation.nextSeq(),
                "customer",
                null,
                text,
                null,
                List.of(),
                clientMessageId,
                null);
    }

    /** Our own reply, as {@code event} (a BotReplied with its sequence number) reports it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TranscriptItemEntity appendBotReply(ConversationEntity conversation, Envelope event, BotReplied reply) {
        return store(
                conversation,
                event.eventId(),
                event.seq(),
                "bot",
                Stage.greeting,
                reply.text(),
                reply.intent(),
                reply.quickReplies(),
                null,
                null,
                messageId(reply.inReplyTo()));
    }

    /** A person's line, as {@code event} (a BotReplied of actor agent with its sequence number) reports it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TranscriptItemEntity appendAgentReply(
            ConversationEntity conversation, Envelope event, String author, String text, String clientMessageId) {
        return store(
                conversation,
                event.eventId(),
                event.seq(),
                "agent",
                Stage.human,
                text,
                null,
                List.of(),
                clientMessageId,
                author);
    }

    /**
     * Stores a reply another service published, once: its eventId is the item's id, so a redelivery (or our own
     * reply coming back from the topic) is recognised and skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean appendArrivedReply(
            ConversationEntity conversation, Envelope event, Stage speaker, BotReplied reply) {
        if (TranscriptItemEntity.findById(event.eventId()) != null) {
            return false;
        }
        String role = event.actor() == Actor.agent ? "agent" : "bot";
        store(
                conversation,
                event.eventId(),
                conversation.nextSeq(),
                role,
                speaker,
                reply.text(),
                reply.intent(),
                reply.quickReplies(),
                null,
                null,
                messageId(reply.inReplyTo()));
        return true;
    }

    private TranscriptItemEntity store(
            ConversationEntity conversation,
            UUID id,
            long seq,
            String role,
            Stage stage,
            String text,
            String intent,
            List<String> quickReplies,
            String clientMessageId,
            String author) {
        return store(conversation, id, seq, role, stage, text, intent, quickReplies, clientMessageId, author, null);
    }

    /** {@code inReplyTo} is set before the insert is queued: a change after persist() would cost an UPDATE a reply. */
    private TranscriptItemEntity store(
            ConversationEntity conversation,
            UUID id,
            long seq,
            String role,
            Stage stage,
            String text,
            String intent,
            List<String> quickReplies,
            String clientMessageId,
            String author,
            UUID inReplyTo) {
        TranscriptItemEntity item = new TranscriptItemEntity();
        item.id = id;
        item.inReplyTo = inReplyTo;
        item.conversationId = conversation.id;
        item.seq = seq;
        item.role = role;
        item.stage = stage;
        item.text = text;
        item.intent = intent;
        item.quickReplies = quickReplies.isEmpty() ? null : JsonColumn.write(quickReplies);
        item.clientMessageId = clientMessageId;
        item.author = author;
        item.at = Instant.now();
        item.persist();
        conversation.updatedAt = item.at;
        appended.fire(new TranscriptAppended(conversation.id, seq, role, intent, item.at, inReplyTo));
        return item;
    }

    /** A customer message's id as another service echoed it; anything else answers nothing we can name. */
    private static UUID messageId(String inReplyTo) {
        return Ids.uuid(inReplyTo).orElse(null);
    }

    public static List<String> quickReplies(TranscriptItemEntity item) {
        return item.quickReplies == null
                ? List.of()
                : JsonColumn.read(item.quickReplies, new TypeReference<List<String>>() {});
    }
}
