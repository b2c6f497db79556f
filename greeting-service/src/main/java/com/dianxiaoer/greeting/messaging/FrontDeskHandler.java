package com.dianxiaoer.greeting.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.greeting.domain.Decision;
import com.dianxiaoer.greeting.domain.FrontDesk;
import com.dianxiaoer.greeting.domain.PersonalData;
import com.dianxiaoer.greeting.domain.Reply;
import com.dianxiaoer.greeting.domain.ShopProfile;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.messaging.ProcessedEventEntity;
import com.dianxiaoer.greeting.persistence.ShopDirectory;
import com.dianxiaoer.greeting.persistence.Transcript;
import com.dianxiaoer.messaging.UnknownConversationException;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.IntentClassifier;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Handles one stored customer message: reads it, lets the front desk decide, and writes the outcome (replies,
 * the routed message, the stage change) in one transaction with the record that the message was handled.
 */
@ApplicationScoped
public class FrontDeskHandler {
    @Inject
    IntentClassifier classifier;
    @Inject
    ShopDirectory shops;
    @Inject
    Transcript transcript;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    @Transactional
    public void handle(Envelope event) {
        if (!ProcessedEventEntity.firstTime(event.eventId())) {
            return;
        }
        CustomerMessageReceived message = (CustomerMessageReceived) event.payload();
        ConversationEntity conversation = ConversationEntity.lock(UUID.fromString(event.conversationId()))
                .orElseThrow(() -> new UnknownConversationException(event.conversationId()));
        ShopProfile shop = shops.profile(conversation.shopId)
                .orElseThrow(() -> new IllegalStateException("conversation " + conversation.id + " belongs to unknown shop " + conversation.shopId));
        Classification reading = classifier.classify(conversation.shopId, message.text());
        Decision decision = new FrontDesk(shop, shops.catalogue(conversation.shopId))
                .decide(conversation.state(event.seq()), reading, message.text());

        TranscriptItemEntity asked = TranscriptItemEntity.findById(UUID.fromString(message.messageId()));
        if (asked != null) {
            asked.intent = reading.intent().name();
        }
        for (Reply reply : decision.replies()) {
            transcript.appendReply(conversation, event, new BotReplied(reply.text(), reply.intent(), reply.quickReplies(), message.messageId()));
        }
        if (decision.routeTo() != null) {
            outbox.publish(Topics.routedTo(decision.routeTo()), event.cause(null, Actor.customer, Transcript.PRODUCER,
                    routed(message, event, reading, decision)));
        }
        if (decision.stageAfter() != conversation.stage) {
            String reason = decision.stageAfter() == Stage.human ? "handoff" : "routed";
            outbox.publish(Topics.CONVERSATION_EVENTS, event.cause(null, Actor.system, Transcript.PRODUCER,
                    new StageChanged(conversation.stage, decision.stageAfter(), reason)));
            conversation.stage = decision.stageAfter();
        }
        conversation.welcomed = true;
        conversation.productId = decision.productId();
        metrics.counter("dianxiaoer.messages", "intent", reading.intent().name(),
                "stage", decision.routeTo() == null ? conversation.stage.name() : decision.routeTo().name()).increment();
    }

    private static MessageRouted routed(CustomerMessageReceived message, Envelope event, Classification reading, Decision decision) {
        var secondary = reading.secondary();
        return new MessageRouted(message.messageId(), event.seq(), message.text(),
                reading.intent().name(), reading.confidence(), secondary == null ? null : secondary.name(),
                decision.routeTo(), decision.productId(),
                reading.entities().stream().map(e -> new MessageRouted.Entity(e.type(), PersonalData.mask(e.value()), PersonalData.mask(e.text()))).toList());
    }
}
