package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.greeting.domain.Catalogue;
import com.dianxiaoer.greeting.domain.Handoff;
import com.dianxiaoer.greeting.domain.ShopProfile;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.ConversationFactsEntity;
import com.dianxiaoer.greeting.persistence.ShopDirectory;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a shop's agent does after a handoff: sees who waits, reads a conversation with what the bot knows, takes it
 * (one agent at a time), answers, and hands it back to the bot or closes it. Every step is one transaction under the
 * conversation's row lock, with the HandoffChanged event that reports it. An agent only ever sees their own shop's
 * conversations: any other id is "not found".
 */
@ApplicationScoped
public class Workbench {
    private static final Set<String> NOT_REQUESTS = Set.of("other", "acknowledgement", "greeting", "goodbye_thanks");

    @Inject
    Clock clock;

    @Inject
    ConversationPublisher publisher;

    @Inject
    ShopDirectory shops;

    public record Agent(String id, String name) {}

    public record Waiting(
            String conversationId,
            String customerId,
            Instant waitingSince,
            Stage stoppedAt,
            Agent takenBy,
            boolean afterHours,
            String lastMessage,
            String productName) {}

    public record ProductFacts(String id, String name, BigDecimal price) {}

    public record Deal(
            String productName, Integer quantity, BigDecimal unitPrice, BigDecimal listPrice, List<String> gifts) {}

    public record Bargaining(String state, Integer rounds, Integer concessions) {}

    public record OrderFacts(String orderId, String status) {}

    public record ComplaintFacts(String caseId, String category, String severity, String state) {}

    /** What the bot knows: the requests it heard, the product, where it stopped, and what the stage services reported. */
    public record Summary(
            List<String> intents,
            ProductFacts product,
            Stage stoppedAt,
            String lastBotReply,
            Deal deal,
            Bargaining bargaining,
            OrderFacts order,
            ComplaintFacts complaint) {}

    public record Sent(TranscriptItemEntity item, boolean duplicate) {}

    public record View(
            String conversationId,
            String customerId,
            Stage stage,
            Instant waitingSince,
            Agent takenBy,
            boolean afterHours,
            Summary summary,
            List<TranscriptItemEntity> transcript) {}

    @Transactional
    public List<Waiting> queue(SignedInAgent agent) {
        Catalogue catalogue = shops.catalogue(agent.shopId());
        return ConversationEntity.waitingForAgent(agent.shopId()).stream()
                .map(c -> new Waiting(
                        c.id.toString(),
                        c.customerId,
                        c.handoffAt,
                        c.handoffFrom,
                        takenBy(c),
                        c.afterHours,
                        TranscriptItemEntity.lastOfRole(c.id, "customer")
                                .map(i -> i.text)
                                .orElse(null),
                        product(c, catalogue).map(ProductFacts::name).orElse(null)))
                .toList();
    }

    @Transactional
    public View view(SignedInAgent agent, String conversationId) {
        ConversationEntity c = own(agent, conversationId, false);
        List<TranscriptItemEntity> items = TranscriptItemEntity.after(c.id, 0, 2000);
        return new View(
                c.id.toString(),
                c.customerId,
                c.stage,
                c.handoffAt,
                takenBy(c),
                c.afterHours,
                summary(c, items),
                items);
    }

    @Transactional
    public List<TranscriptItemEntity> transcriptAfter(
            SignedInAgent agent, String conversationId, long afterSeq, int limit) {
        return TranscriptItemEntity.after(own(agent, conversationId, false).id, afterSeq, limit);
    }

    @Transactional
    public View take(SignedInAgent agent, String conversationId) {
        ConversationEntity c = waiting(agent, conversationId);
        takeIfFree(agent, c);
        return view(agent, conversationId);
    }

    /** The agent's line reaches the customer once per clientMessageId; a reply to an untaken conversation takes it. */
    @Transactional
    public Sent reply(SignedInAgent agent, String conversationId, String text, String clientMessageId) {
        ConversationEntity c = own(agent, conversationId, true);
        if (clientMessageId != null) {
            Optional<TranscriptItemEntity> earlier = TranscriptItemEntity.byClientMessageId(c.id, clientMessageId);
            if (earlier.isPresent()) {
                return new Sent(earlier.get(), true);
            }
        }
        requireWaiting(c);
        takeIfFree(agent, c);
        TranscriptItemEntity item = publisher.agentReply(c, agent.name(), text, clientMessageId);
        if (c.answeredAt == null) {
            c.answeredAt = item.at;
            report(c, agent, "answered", null);
        }
        return new Sent(item, false);
    }

    /** The bot answers again from the next message on, and says so. */
    @Transactional
    public void handBack(SignedInAgent agent, String conversationId) {
        ConversationEntity c = waiting(agent, conversationId);
        requireNotOthers(agent, c);
        ShopProfile shop = shops.profile(c.shopId).orElseThrow();
        Envelope event = report(c, agent, "returned", null);
        publisher.reply(c, event, Handoff.handedBack(shop), null);
        end(c, event, "returned");
    }

    /** The person ends the conversation; a customer a person answered is asked to rate that person's service. */
    @Transactional
    public void close(SignedInAgent agent, String conversationId) {
        ConversationEntity c = waiting(agent, conversationId);
        requireNotOthers(agent, c);
        Envelope event = report(c, agent, "closed", null);
        if (c.answeredAt != null) {
            publisher.reply(c, event, Handoff.closed(c.agentName == null ? agent.name() : c.agentName), null);
            c.ratingFor = c.agentId == null ? agent.accountId() : c.agentId;
        } else {
            publisher.reply(c, event, Handoff.handedBack(shops.profile(c.shopId).orElseThrow()), null);
        }
        end(c, event, "closed");
    }

    private void takeIfFree(SignedInAgent agent, ConversationEntity c) {
        requireNotOthers(agent, c);
        if (!agent.accountId().equals(c.agentId)) {
            c.agentId = agent.accountId();
            c.agentName = agent.name();
            report(c, agent, "taken", null);
        }
    }

    private void end(ConversationEntity c, Envelope cause, String reason) {
        publisher.report(cause, Actor.agent, new StageChanged(Stage.human, Stage.greeting, reason));
        c.endHandoff();
    }

    private Envelope report(ConversationEntity c, SignedInAgent agent, String step, Integer score) {
        return publisher.report(
                c,
                null,
                Actor.agent,
                new HandoffChanged(
                        step,
                        c.handoffFrom,
                        agent.accountId().toString(),
                        c.secondsWaited(clock.instant()),
                        c.afterHours,
                        score));
    }

    private ConversationEntity waiting(SignedInAgent agent, String conversationId) {
        ConversationEntity c = own(agent, conversationId, true);
        requireWaiting(c);
        return c;
    }

    private static void requireWaiting(ConversationEntity c) {
        if (c.stage != Stage.human) {
            throw ApiException.conflict(
                    "not_waiting_for_agent", "conversation " + c.id + " is with the bot, not waiting for a person");
        }
    }

    /** One agent at a time; a shop admin may take over, so a conversation never stays with someone who has gone. */
    private static void requireNotOthers(SignedInAgent agent, ConversationEntity c) {
        if (c.agentId != null && !c.agentId.equals(agent.accountId()) && !agent.isShopAdmin()) {
            throw ApiException.conflict("taken_by_another", c.agentName + " is answering this conversation");
        }
    }

    /** The conversation, locked for a change, when it is the agent's shop's; "not found" for any other. */
    private static ConversationEntity own(SignedInAgent agent, String conversationId, boolean lock) {
        return ConversationEntity.byClientId(conversationId, lock)
                .filter(c -> c.shopId.equals(agent.shopId()) && !c.erased())
                .orElseThrow(
                        () -> ApiException.notFound("conversation_not_found", "no conversation " + conversationId));
    }

    private static Agent takenBy(ConversationEntity c) {
        return c.agentId == null ? null : new Agent(c.agentId.toString(), c.agentName);
    }

    private static Optional<ProductFacts> product(ConversationEntity c, Catalogue catalogue) {
        return Optional.ofNullable(c.productId)
                .flatMap(catalogue::byId)
                .map(p -> new ProductFacts(p.id(), p.name(), p.price()));
    }

    private Summary summary(ConversationEntity c, List<TranscriptItemEntity> items) {
        Set<String> intents = new LinkedHashSet<>();
        String lastBotReply = null;
        for (TranscriptItemEntity item : items) {
            if ("customer".equals(item.role) && item.intent != null && !NOT_REQUESTS.contains(item.intent)) {
                intents.add(item.intent);
            } else if ("bot".equals(item.role)) {
                lastBotReply = item.text;
            }
        }
        Optional<ProductFacts> product = product(c, shops.catalogue(c.shopId));
        ConversationFactsEntity f = ConversationFactsEntity.findById(c.id);
        Deal deal = null;
        Bargaining bargaining = null;
        OrderFacts order = null;
        ComplaintFacts complaint = null;
        if (f != null) {
            if (f.dealUnitPrice != null) {
                deal = new Deal(
                        f.dealProduct,
                        f.dealQuantity,
                        f.dealUnitPrice,
                        product.map(ProductFacts::price).orElse(null),
                        f.dealGifts == null || f.dealGifts.isBlank() ? List.of() : List.of(f.dealGifts.split(",")));
            }
            if (f.bargainingState != null) {
                bargaining = new Bargaining(f.bargainingState, f.bargainingRounds, f.bargainingConcessions);
            }
            if (f.orderId != null) {
                order = new OrderFacts(f.orderId, f.orderStatus);
            }
            if (f.complaintCaseId != null) {
                complaint = new ComplaintFacts(
                        f.complaintCaseId, f.complaintCategory, f.complaintSeverity, f.complaintState);
            }
        }
        if (bargaining == null && intents.contains("bargain")) {
            bargaining = new Bargaining("bargaining", null, null);
        }
        Stage stoppedAt = c.stage == Stage.human ? c.handoffFrom : c.stage;
        return new Summary(
                List.copyOf(intents),
                product.orElse(null),
                stoppedAt,
                lastBotReply,
                deal,
                bargaining,
                order,
                complaint);
    }
}
