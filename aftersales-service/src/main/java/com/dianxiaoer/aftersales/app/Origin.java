package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;

/**
 * Where a step of a case came from, so its replies and events are stamped right: a customer message (its envelope
 * is their cause, its id is what the replies answer), or the service itself (an order event, the clock, an operator).
 */
public record Origin(
        String shopId, String conversationId, Envelope cause, String inReplyTo, String intent, Actor actor) {

    public static Origin message(Envelope routed, String messageId, String intent) {
        return new Origin(routed.shopId(), routed.conversationId(), routed, messageId, intent, Actor.customer);
    }

    public static Origin system(String shopId, String conversationId, Envelope cause) {
        return new Origin(shopId, conversationId, cause, null, null, Actor.system);
    }

    /** The same origin, speaking in another conversation (an order's cases may live in any of the shop's chats). */
    public Origin in(String otherConversation) {
        return otherConversation.equals(conversationId)
                ? this
                : new Origin(shopId, otherConversation, null, inReplyTo, intent, actor);
    }

    Envelope event(Actor by, Payload payload) {
        return cause != null && cause.conversationId().equals(conversationId)
                ? cause.cause(null, by, CaseRecorder.PRODUCER, payload)
                : Envelope.of(shopId, conversationId, null, by, CaseRecorder.PRODUCER, null, null, payload);
    }
}
