package com.dianxiaoer.negotiation.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.messaging.ScheduledReplies;
import com.dianxiaoer.negotiation.domain.Turn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Where bargaining hands what it says and what it reports: the outbox, in the use case's transaction, or the
 * scheduled replies for an answer that waits for its moment.
 */
@ApplicationScoped
public class NegotiationPublisher {
    public static final String PRODUCER = "negotiation-service";

    @Inject
    Outbox outbox;

    @Inject
    ScheduledReplies later;

    /** The answer to the customer's routed message. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reply(Envelope message, MessageRouted routed, Turn.Reply reply) {
        outbox.publish(Topics.REPLIES, botReplied(message, routed, reply));
    }

    /** The same, held in the database until {@code at}, then sent through the outbox like any reply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replyAt(Instant at, Envelope message, MessageRouted routed, Turn.Reply reply) {
        later.publishAt(at, Topics.REPLIES, botReplied(message, routed, reply));
    }

    /** Sends now whatever the conversation still waits for, so it is read before what follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseWaitingReplies(String conversationId) {
        later.releaseNow(conversationId);
    }

    /** What came of the bargaining (a deal, an ending), on negotiation.events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void report(Envelope message, Payload payload) {
        outbox.publish(Topics.NEGOTIATION_EVENTS, message.cause(null, Actor.customer, PRODUCER, payload));
    }

    private static Envelope botReplied(Envelope message, MessageRouted routed, Turn.Reply reply) {
        return message.cause(
                null,
                Actor.bot,
                PRODUCER,
                new BotReplied(reply.text(), routed.intent(), reply.quickReplies(), routed.messageId()));
    }
}
