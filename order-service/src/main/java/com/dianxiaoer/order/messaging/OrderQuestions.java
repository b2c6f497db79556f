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
import java.math.BigDecimal;
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
        Optional<Order> order = orders.about(event.shopId(), event.conversationId(), named, routed.customerId());
        OrderDesk desk = new OrderDesk(shopRules.of(event.shopId()));
        if (named.isPresent() && order.isEmpty()) {
            // A number that is not this customer's order: the same answer whether it exists or not.
            Answer unknown = OrderDesk.notAnOrderOfTheirs();
            PendingQuestionEntity.replace(event.conversationId(), unknown.asks(), clock.instant());
            outbox.publish(
                    Topics.REPLIES,
                    event.cause(
                            null,
                            Actor.bot,
                            Orders.PRODUCER,
                            new BotReplied(
                                    unknown.text(), routed.intent(), unknown.quickReplies(), routed.messageId())));
            return;
        }
        Optional<BigDecimal> agreed = orders.agreedPrice(event.conversationId());
        Answer first = desk.answer(
                routed.intent(),
                routed.text(),
                order,
                agreed,
                clock.instant(),
                PendingQuestionEntity.of(event.conversationId()));
        // "什么时候发货 能开发票吗": both questions are this desk's, and both are answered.
        String second = routed.secondaryIntent();
        Answer answer = second != null
                        && !second.equals(OrderDesk.onItsWords(routed.intent(), routed.text()))
                        && OrderDesk.OWNS.contains(second)
                ? first.then(desk.answer(second, routed.text(), order, agreed, clock.instant()))
                : first;
        order.ifPresent(o -> orders.apply(o, answer.action()));
        PendingQuestionEntity.replace(event.conversationId(), answer.asks(), clock.instant());
        outbox.publish(
                Topics.REPLIES,
                event.cause(
                        null,
                        Actor.bot,
                        Orders.PRODUCER,
                        new BotReplied(answer.text(), routed.intent(), answer.quickReplies(), routed.messageId())));
    }
}
