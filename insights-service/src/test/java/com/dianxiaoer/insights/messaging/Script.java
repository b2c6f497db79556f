package com.dianxiaoer.insights.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintEscalated;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.SatisfactionRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One conversation's events as the services would publish them, at times the test chooses. */
public final class Script {
    final String shopId;
    public final String conversationId = UUID.randomUUID().toString();
    private final Instant start;

    public Script(String shopId, Instant start) {
        this.shopId = shopId;
        this.start = start;
    }

    public Envelope at(Duration after, Actor actor, String producer, Payload payload) {
        return Envelope.of(shopId, conversationId, null, actor, producer, null, null, payload)
                .at(start.plus(after));
    }

    public Envelope opened(String customerId, String productId) {
        return at(
                Duration.ZERO,
                Actor.customer,
                "greeting-service",
                new ConversationOpened(customerId, "zh-CN", productId));
    }

    public Envelope said(double seconds, String messageId, String text) {
        return at(s(seconds), Actor.customer, "greeting-service", new CustomerMessageReceived(messageId, null, text));
    }

    /** A service's answer to a customer message (the words do not matter here). */
    public Envelope answered(double seconds, String service, String intent, String messageId) {
        return at(s(seconds), Actor.bot, service, new BotReplied("好的亲", intent, List.of(), messageId));
    }

    /** The topic the service that publishes such an event writes it to. */
    public static String topicOf(Envelope event) {
        Payload p = event.payload();
        if (p instanceof BotReplied) {
            return Topics.REPLIES;
        }
        if (p instanceof DealAgreed || p instanceof NegotiationEnded) {
            return Topics.NEGOTIATION_EVENTS;
        }
        if (p instanceof OrderChanged || p instanceof ErasureCompleted) {
            return Topics.ORDER_EVENTS;
        }
        if (p instanceof ComplaintOpened
                || p instanceof ComplaintEscalated
                || p instanceof ComplaintResolved
                || p instanceof SatisfactionRecorded) {
            return Topics.AFTERSALES_EVENTS;
        }
        return Topics.CONVERSATION_EVENTS;
    }

    static Duration s(double seconds) {
        return Duration.ofMillis((long) (seconds * 1000));
    }
}
