package com.dianxiaoer.order.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.order.persistence.OrderEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Where every use case of order-service hands its events and replies: the outbox, in the use case's transaction. */
@ApplicationScoped
public class OrderPublisher {
    public static final String PRODUCER = "order-service";

    @Inject
    Outbox outbox;

    /** What happened to an order, on order.events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void event(OrderEntity order, Payload payload) {
        outbox.publish(
                Topics.ORDER_EVENTS,
                Envelope.of(order.shopId, order.conversationId, null, Actor.system, PRODUCER, null, null, payload));
    }

    /** A message of the order desk's own (a reminder, the address check) into the customer's conversation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void say(OrderEntity order, BotReplied reply) {
        outbox.publish(
                Topics.REPLIES,
                Envelope.of(order.shopId, order.conversationId, null, Actor.bot, PRODUCER, null, null, reply));
    }

    /** The answer to a customer's message, caused by it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(Envelope message, BotReplied reply) {
        outbox.publish(Topics.REPLIES, message.cause(null, Actor.bot, PRODUCER, reply));
    }
}
