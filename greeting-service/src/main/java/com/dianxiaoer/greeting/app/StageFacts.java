package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.ComplaintEscalated;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ConversationFactsEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps what the stage services reported about each conversation (the deal, the order and its status, the complaint
 * case), so that an agent taking over sees where the bot got to without asking three services. Each event sets the
 * facts it carries, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class StageFacts {

    /** True when the event told something the summary shows. */
    @Transactional
    public boolean record(Envelope event) {
        UUID conversationId;
        try {
            conversationId = UUID.fromString(event.conversationId());
        } catch (IllegalArgumentException e) {
            return false; // not one of our conversations
        }
        var payload = event.payload();
        if (!(payload instanceof DealAgreed
                || payload instanceof NegotiationEnded
                || payload instanceof OrderChanged
                || payload instanceof ComplaintOpened
                || payload instanceof ComplaintEscalated
                || payload instanceof ComplaintResolved)) {
            return false;
        }
        // Locked, so an erasure running now either comes first (and this is dropped) or deletes what this writes.
        if (ConversationEntity.lock(conversationId)
                .filter(ConversationEntity::erased)
                .isPresent()) {
            return false; // reported before the erasure reached the stage: nothing of it is kept
        }
        ConversationFactsEntity f = ConversationFactsEntity.of(conversationId, event.occurredAt());
        if (payload instanceof DealAgreed deal) {
            f.dealProduct = deal.productName();
            f.dealQuantity = deal.quantity();
            f.dealUnitPrice = deal.unitPrice();
            f.dealGifts = String.join(",", deal.gifts());
            f.bargainingState = "agreed";
            f.bargainingConcessions = deal.concessions();
        } else if (payload instanceof NegotiationEnded ended) {
            f.bargainingState = "ended";
            f.bargainingRounds = ended.rounds();
            f.bargainingConcessions = ended.concessions();
        } else if (payload instanceof OrderChanged order) {
            f.orderId = order.orderId();
            f.orderStatus = order.status();
        } else if (payload instanceof ComplaintOpened opened) {
            f.complaintCaseId = opened.caseId();
            f.complaintCategory = opened.category();
            f.complaintSeverity = opened.severity();
            f.complaintState = "opened";
            if (f.orderId == null) {
                f.orderId = opened.orderId();
            }
        } else if (payload instanceof ComplaintEscalated escalated) {
            f.complaintCaseId = escalated.caseId();
            f.complaintCategory = escalated.category();
            f.complaintState = "escalated";
        } else if (payload instanceof ComplaintResolved resolved) {
            f.complaintCaseId = resolved.caseId();
            f.complaintCategory = resolved.category();
            f.complaintSeverity = resolved.severity();
            f.complaintState = "resolved";
        }
        f.updatedAt = event.occurredAt();
        return true;
    }
}
