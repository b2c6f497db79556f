package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.aftersales.domain.Category;
import com.dianxiaoer.aftersales.domain.ComplaintCase;
import com.dianxiaoer.aftersales.domain.ComplaintDesk;
import com.dianxiaoer.aftersales.domain.CustomerMessage;
import com.dianxiaoer.aftersales.domain.OrderFacts;
import com.dianxiaoer.aftersales.domain.Turn;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.aftersales.persistence.OrderFactEntity;
import com.dianxiaoer.aftersales.persistence.Policies;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.MessageRouted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Answers one routed after-sales message (a complaint, a return or refund, or an acknowledgement of a conversation
 * after-sales owns): finds the conversation's case and what is known of its order, lets the complaint desk take the
 * next step under the shop's policy, and records it, in the caller's transaction.
 */
@ApplicationScoped
public class TakeComplaintStep {
    @Inject
    Policies policies;

    @Inject
    CaseRecorder recorder;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(Envelope event) {
        MessageRouted routed = (MessageRouted) event.payload();
        // A number of another conversation's order is not this customer's to complain about: the case does not take it
        // (nor the facts, nor later news of that order); a number the shop does not know is kept as the customer's
        // word.
        String orderNumber = routed.entity("order_number")
                .filter(n -> OrderFactEntity.of(event.shopId(), n).isEmpty()
                        || OrderFactEntity.ofConversation(event.shopId(), n, event.conversationId())
                                .isPresent())
                .orElse(null);
        CustomerMessage message = new CustomerMessage(
                routed.text(),
                routed.intent(),
                orderNumber,
                routed.productId(),
                clock.instant(),
                Category.named(routed.complaintCategory()));
        Optional<CaseEntity> row = CaseEntity.lockLatestOf(event.conversationId());
        ComplaintCase current = row.map(CaseEntity::current).orElse(null);
        String orderId = orderNumber != null ? orderNumber : current != null ? current.orderId : null;
        OrderFacts order = (orderId != null
                        ? OrderFactEntity.ofConversation(event.shopId(), orderId, event.conversationId())
                        : OrderFactEntity.latestOf(event.conversationId()))
                .orElse(null);
        int earlier = (int) CaseEntity.countOfOrder(
                event.shopId(), orderId != null ? orderId : order == null ? null : order.orderId());
        Turn turn = new ComplaintDesk(policies.of(event.shopId())).respond(current, message, order, earlier);
        recorder.apply(
                Origin.message(event, routed.messageId(), routed.intent()),
                turn.opened() ? null : row.orElse(null),
                turn);
    }
}
