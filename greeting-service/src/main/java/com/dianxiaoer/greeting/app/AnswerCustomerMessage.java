package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.greeting.domain.ConversationState;
import com.dianxiaoer.greeting.domain.Decision;
import com.dianxiaoer.greeting.domain.FrontDesk;
import com.dianxiaoer.greeting.domain.Handoff;
import com.dianxiaoer.greeting.domain.PersonalData;
import com.dianxiaoer.greeting.domain.Reply;
import com.dianxiaoer.greeting.domain.ShopProfile;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ShopDirectory;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.messaging.UnknownConversationException;
import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The front desk answers one kept customer message: reads it in its context, lets the domain decide, and hands the
 * outcome (replies, the routed message, the stage change) to the publisher, in the transaction that records the
 * message as handled (EventIntake).
 */
@ApplicationScoped
public class AnswerCustomerMessage {
    @Inject
    IntentClassifier classifier;

    @Inject
    ShopDirectory shops;

    @Inject
    ConversationPublisher publisher;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    private Timer classifyTimer;

    @PostConstruct
    void timers() {
        classifyTimer = Timer.builder("dianxiaoer.nlu.classify")
                .description("Time to read one customer message in its context")
                .publishPercentiles(0.5, 0.99)
                .register(metrics);
    }

    /** Called once per message (EventIntake remembers it), in the intake's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(Envelope event, CustomerMessageReceived message) {
        ConversationEntity conversation = ConversationEntity.lock(UUID.fromString(event.conversationId()))
                .orElseThrow(() -> new UnknownConversationException(event.conversationId()));
        if (conversation.erased()) {
            return; // erased after the customer wrote: the message is gone with the rest, nothing is routed
        }
        ShopProfile shop = shops.profile(conversation.shopId)
                .orElseThrow(() -> new IllegalStateException(
                        "conversation " + conversation.id + " belongs to unknown shop " + conversation.shopId));
        TranscriptItemEntity asked = TranscriptItemEntity.findById(UUID.fromString(message.messageId()));
        if (conversation.ratingFor != null && rated(conversation, event, message, asked)) {
            return;
        }
        ConversationState state = conversation.state(event.seq());
        // The words as typed, from the transcript: the event analysts read carries them masked (PersonalData).
        String said = asked != null ? asked.text : message.text();
        Classification reading =
                classifyTimer.record(() -> classifier.classify(conversation.shopId, said, state.readingContext()));
        Instant now = clock.instant();
        Decision decision = new FrontDesk(shop, shops.catalogue(conversation.shopId), now).decide(state, reading, said);

        if (asked != null) {
            asked.intent = decision.understood().name();
            asked.stage = decision.routeTo() == null ? decision.stageAfter() : decision.routeTo();
        }
        for (Reply reply : decision.replies()) {
            publisher.reply(conversation, event, reply, message.messageId());
        }
        for (Decision.Route route : decision.routes()) {
            publisher.route(
                    route.stage(),
                    event,
                    routed(
                            message,
                            said,
                            event,
                            reading,
                            route,
                            decision.productId(),
                            conversation.customerVerified ? conversation.customerId : null));
        }
        if (decision.stageAfter() != conversation.stage) {
            String reason = decision.stageAfter() == Stage.human ? "handoff" : "routed";
            publisher.report(event, Actor.system, new StageChanged(conversation.stage, decision.stageAfter(), reason));
            if (decision.stageAfter() == Stage.human) {
                waitForAPerson(conversation, event, shop, now);
            }
            conversation.stage = decision.stageAfter();
        }
        conversation.welcomed = true;
        conversation.productId = decision.productId();
        metrics.counter(
                        "dianxiaoer.messages",
                        "intent",
                        reading.intent().name(),
                        "stage",
                        decision.routeTo() == null
                                ? conversation.stage.name()
                                : decision.routeTo().name())
                .increment();
    }

    /** The queue's clock starts; outside the service hours the customer was told when people are back. */
    private void waitForAPerson(ConversationEntity conversation, Envelope event, ShopProfile shop, Instant now) {
        conversation.startHandoff(now, !shop.hours().isOpen(now));
        publisher.report(
                event,
                Actor.customer,
                new HandoffChanged("requested", conversation.stage, null, 0L, conversation.afterHours, null));
    }

    /**
     * After a person closed the conversation the customer was asked to rate that person: "5分 很满意" is the rating, and
     * anything else means the customer moved on (the question is not asked again).
     */
    private boolean rated(
            ConversationEntity conversation,
            Envelope event,
            CustomerMessageReceived message,
            TranscriptItemEntity asked) {
        UUID ratedAgent = conversation.ratingFor;
        conversation.ratingFor = null;
        Optional<Integer> score = Handoff.score(message.text());
        if (score.isEmpty()) {
            return false;
        }
        Reply thanks = Handoff.thanksFor(score.get());
        if (asked != null) {
            asked.intent = thanks.intent();
            asked.stage = Stage.greeting;
        }
        publisher.reply(conversation, event, thanks, message.messageId());
        publisher.report(
                event,
                Actor.customer,
                new HandoffChanged("rated", null, ratedAgent.toString(), null, null, score.get()));
        return true;
    }

    /** The message as one stage gets it: the request that stage is to answer, and the other one, if any, beside it. */
    private static MessageRouted routed(
            CustomerMessageReceived message,
            String said,
            Envelope event,
            Classification reading,
            Decision.Route route,
            String productId,
            String vouchedCustomerId) {
        boolean first = route.intent() == reading.intent();
        Intent other = first ? reading.secondary() : reading.intent();
        double confidence = first
                ? reading.confidence()
                : reading.alternatives().stream()
                        .filter(a -> a.intent() == route.intent())
                        .mapToDouble(Classification.Scored::score)
                        .findFirst()
                        .orElse(reading.confidence());
        return new MessageRouted(
                message.messageId(),
                event.seq(),
                said,
                route.intent().name(),
                confidence,
                other == null ? null : other.name(),
                route.stage(),
                productId,
                reading.entities().stream()
                        .map(e -> new MessageRouted.Entity(
                                e.type(), PersonalData.mask(e.value()), PersonalData.mask(e.text())))
                        .toList(),
                vouchedCustomerId,
                complaintCategory(reading, route));
    }

    /** What a complaint or return is about, as the model read it: a hint after-sales takes where its rules read nothing. */
    private static String complaintCategory(Classification reading, Decision.Route route) {
        boolean aftersalesCase =
                route.stage() == Stage.aftersales && route.intent().complaintOrReturn();
        return aftersalesCase
                        && reading.complaintCategory() != null
                        && MessageRouted.COMPLAINT_CATEGORIES.contains(reading.complaintCategory())
                ? reading.complaintCategory()
                : null;
    }
}
