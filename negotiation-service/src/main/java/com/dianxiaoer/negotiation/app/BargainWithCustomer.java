package com.dianxiaoer.negotiation.app;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.negotiation.config.NegotiationConfig;
import com.dianxiaoer.negotiation.domain.CustomerMove;
import com.dianxiaoer.negotiation.domain.NegotiationState;
import com.dianxiaoer.negotiation.domain.Negotiator;
import com.dianxiaoer.negotiation.domain.PricePolicy;
import com.dianxiaoer.negotiation.domain.Turn;
import com.dianxiaoer.negotiation.persistence.BargainingStyles;
import com.dianxiaoer.negotiation.persistence.NegotiationEntity;
import com.dianxiaoer.negotiation.persistence.PricePolicies;
import com.dianxiaoer.negotiation.persistence.ShopCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Answers one routed bargaining message: reads the move, lets the negotiator decide under the product's price
 * policy, records the new state and hands the replies, the delayed supervisor answer and any deal or ending to the
 * publisher, in the caller's transaction (the same one that took the message in).
 */
@ApplicationScoped
public class BargainWithCustomer {
    @Inject
    PricePolicies policies;

    @Inject
    BargainingStyles styles;

    @Inject
    ShopCatalogue catalogue;

    @Inject
    NegotiationPublisher publisher;

    @Inject
    NegotiationConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(Envelope event) {
        MessageRouted routed = (MessageRouted) event.payload();
        Optional<PricePolicy> policy = policies.find(event.shopId(), routed.productId());
        if (policy.isEmpty()) {
            publisher.reply(event, routed, Negotiator.askWhichProduct(policies.ofShop(event.shopId())));
            return;
        }
        // A message that arrives during the supervisor's pause gets the supervisor's answer first: the state already
        // holds the last offer, so the customer must have read it before what follows.
        publisher.releaseWaitingReplies(event.conversationId());
        NegotiationEntity negotiation =
                NegotiationEntity.lockOrStart(event.shopId(), event.conversationId(), routed.productId());
        NegotiationState before = negotiation.current();
        CustomerMove move = CustomerMove.read(
                routed.text(),
                routed.intent(),
                routed.entities().stream()
                        .map(e -> new CustomerMove.Entity(e.type(), e.value()))
                        .toList(),
                policy.get().listPrice());
        Turn turn = new Negotiator(policy.get(), styles.of(event.shopId()), catalogue.items(event.shopId()))
                .respond(before, move);
        negotiation.record(turn.state());

        turn.replies().forEach(r -> publisher.reply(event, routed, r));
        if (turn.delayed() != null) {
            // the supervisor's answer, after the pause a person would take to ask
            publisher.replyAt(clock.instant().plus(config.supervisorDelay()), event, routed, turn.delayed());
        }
        int won = turn.state().concessions().size()
                - (before.status() == NegotiationState.Status.open
                        ? before.concessions().size()
                        : 0);
        if (won > 0) {
            metrics.counter("dianxiaoer.concessions", "shop", event.shopId()).increment(won);
        }
        if (turn.deal() != null) {
            Turn.Deal d = turn.deal();
            policies.promiseGifts(event.shopId(), d.productId(), d.gifts());
            publisher.report(
                    event,
                    new DealAgreed(
                            d.productId(),
                            d.productName(),
                            d.quantity(),
                            d.unitPrice(),
                            d.gifts(),
                            d.freeShipping(),
                            turn.state().concessions().size()));
            metrics.counter("dianxiaoer.deals", "shop", event.shopId()).increment();
        }
        if (turn.endedReason() != null) {
            publisher.report(
                    event,
                    new NegotiationEnded(
                            routed.productId(),
                            turn.endedReason(),
                            turn.state().round(),
                            turn.state().concessions().size()));
        }
    }
}
