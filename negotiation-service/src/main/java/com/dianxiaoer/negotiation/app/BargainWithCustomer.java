package com.dianxiaoer.negotiation.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.messaging.ScheduledReplies;
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
 * policy, and writes the new state, the replies, the delayed supervisor answer and any deal or ending in the
 * caller's transaction (the same one that took the message in).
 */
@ApplicationScoped
public class BargainWithCustomer {
    static final String PRODUCER = "negotiation-service";

    @Inject
    PricePolicies policies;

    @Inject
    BargainingStyles styles;

    @Inject
    ShopCatalogue catalogue;

    @Inject
    Outbox outbox;

    @Inject
    NegotiationConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    ScheduledReplies later;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(Envelope event) {
        MessageRouted routed = (MessageRouted) event.payload();
        Optional<PricePolicy> policy = policies.find(event.shopId(), routed.productId());
        if (policy.isEmpty()) {
            reply(event, routed, Negotiator.askWhichProduct(policies.ofShop(event.shopId())));
            return;
        }
        // A message that arrives during the supervisor's pause gets the supervisor's answer first: the state already
        // holds the last offer, so the customer must have read it before what follows.
        later.releaseNow(event.conversationId());
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

        turn.replies().forEach(r -> reply(event, routed, r));
        if (turn.delayed() != null) {
            schedule(event, routed, turn.delayed());
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
            outbox.publish(
                    Topics.NEGOTIATION_EVENTS,
                    event.cause(
                            null,
                            Actor.customer,
                            PRODUCER,
                            new DealAgreed(
                                    d.productId(),
                                    d.productName(),
                                    d.quantity(),
                                    d.unitPrice(),
                                    d.gifts(),
                                    d.freeShipping(),
                                    turn.state().concessions().size())));
            metrics.counter("dianxiaoer.deals", "shop", event.shopId()).increment();
        }
        if (turn.endedReason() != null) {
            outbox.publish(
                    Topics.NEGOTIATION_EVENTS,
                    event.cause(
                            null,
                            Actor.customer,
                            PRODUCER,
                            new NegotiationEnded(
                                    routed.productId(),
                                    turn.endedReason(),
                                    turn.state().round(),
                                    turn.state().concessions().size())));
        }
    }

    private void reply(Envelope event, MessageRouted routed, Turn.Reply reply) {
        outbox.publish(Topics.REPLIES, botReplied(event, routed, reply));
    }

    /** The supervisor's answer waits in the database until its time, then leaves through the outbox like any reply. */
    private void schedule(Envelope event, MessageRouted routed, Turn.Reply reply) {
        later.publishAt(
                clock.instant().plus(config.supervisorDelay()), Topics.REPLIES, botReplied(event, routed, reply));
    }

    private static Envelope botReplied(Envelope event, MessageRouted routed, Turn.Reply reply) {
        return event.cause(
                null,
                Actor.bot,
                PRODUCER,
                new BotReplied(reply.text(), routed.intent(), reply.quickReplies(), routed.messageId()));
    }
}
