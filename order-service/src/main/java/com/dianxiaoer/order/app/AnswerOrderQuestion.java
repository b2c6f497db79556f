package com.dianxiaoer.order.app;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.AddressChanged;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.ShopTaskRequested;
import com.dianxiaoer.order.domain.Answer;
import com.dianxiaoer.order.domain.Order;
import com.dianxiaoer.order.domain.OrderDesk;
import com.dianxiaoer.order.domain.Receiver;
import com.dianxiaoer.order.persistence.OrderEntity;
import com.dianxiaoer.order.persistence.Orders;
import com.dianxiaoer.order.persistence.PendingQuestionEntity;
import com.dianxiaoer.order.persistence.ShopRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * Answers a routed payment, shipping, logistics, invoice, address or order-change message from the customer's order,
 * and records what the answer changed on it (a confirmed or new address, a remark, a task for the shop).
 */
@ApplicationScoped
public class AnswerOrderQuestion {
    @Inject
    Orders orders;

    @Inject
    ShopRules shopRules;

    @Inject
    OrderPublisher publisher;

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
            publisher.answer(
                    event, new BotReplied(unknown.text(), routed.intent(), unknown.quickReplies(), routed.messageId()));
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
        order.ifPresent(o -> apply(o, answer.action()));
        PendingQuestionEntity.replace(event.conversationId(), answer.asks(), clock.instant());
        publisher.answer(
                event, new BotReplied(answer.text(), routed.intent(), answer.quickReplies(), routed.messageId()));
    }

    /** Records what the customer's answer changed on their order. */
    private void apply(Order order, Answer.Action action) {
        if (action instanceof Answer.Action.None) {
            return;
        }
        OrderEntity e = OrderEntity.lock(order.shopId(), order.orderId()).orElseThrow();
        if (action instanceof Answer.Action.ConfirmAddress) {
            e.addressConfirmed = true;
        } else if (action instanceof Answer.Action.ChangeAddress change) {
            if (!e.status.beforeShipment()) {
                return; // shipped meanwhile: the reply already explained, nothing to change
            }
            e.receiverAddress = change.receiver().address();
            e.addressConfirmed = true;
            publisher.event(
                    e,
                    new AddressChanged(
                            e.orderId,
                            e.version,
                            Receiver.region(e.receiverAddress),
                            change.receiver().maskedAddress()));
        } else if (action instanceof Answer.Action.AddRemark remark) {
            e.addRemark(remark.remark());
        } else if (action instanceof Answer.Action.ShopTask task) {
            publisher.event(
                    e,
                    new ShopTaskRequested(task.task(), e.orderId, null, e.courier, e.waybillNumber, null, task.note()));
        }
        e.updatedAt = clock.instant();
    }
}
