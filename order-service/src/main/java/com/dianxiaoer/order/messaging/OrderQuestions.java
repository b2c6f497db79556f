package com.dianxiaoer.order.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.order.domain.Answer;
import com.dianxiaoer.order.domain.Order;
import com.dianxiaoer.order.domain.OrderDesk;
import com.dianxiaoer.order.persistence.Orders;
import com.dianxiaoer.order.persistence.PendingQuestionEntity;
import com.dianxiaoer.order.persistence.ShopRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Answers a routed payment, shipping, logistics, invoice, address or order-change message from the customer's order. */
@ApplicationScoped
public class OrderQuestions {
    @Inject
    Orders orders;
    @Inject
    ShopRules shopRules;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(Envelope event) {
        MessageRouted routed = (MessageRouted) event.payload();
        Optional<String> named = routed.entity("order_number");
        Optional<Order> order = orders.about(event.shopId(), event.conversationId(), named);
        Answer answer = new OrderDesk(shopRules.of(event.shopId())).answer(routed.intent(), routed.text(), order,
                orders.agreedPrice(event.conversationId()), clock.instant(), PendingQuestionEntity.of(event.conversationId()));
        order.ifPresent(o -> orders.apply(o, answer.action()));
        PendingQuestionEntity.replace(event.conversationId(), answer.asks(), clock.instant());
        outbox.publish(Topics.REPLIES, event.cause(null, Actor.bot, Orders.PRODUCER,
                new BotReplied(answer.text(), routed.intent(), answer.quickReplies(), routed.messageId())));
    }
}
