package com.dianxiaoer.insights.domain;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintEscalated;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.SatisfactionRecorded;
import com.dianxiaoer.events.payload.StageChanged;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What is known of one conversation so far, from every service's events, in whatever order they arrive: the state
 * kept per conversation until it is forgotten, and what its outcome is read from. Each event counts once, however
 * often it is delivered.
 */
public class ConversationLedger {
    /** The intents whose answers come from the catalogue: the funnel's "asked a product question". */
    static final Set<String> PRODUCT_QUESTIONS = Set.of("stock", "size_spec", "authenticity");

    static final Set<String> PAID = Set.of("paid", "shipped", "delivered");

    public String shopId;
    public String conversationId;
    public Instant openedAt;
    public Instant lastActivityAt;
    public String productId;
    public Set<String> intents = new TreeSet<>();
    public List<String> stages = new ArrayList<>();
    public Set<String> seenEvents = new HashSet<>();
    /** Customer messages not answered yet, by message id, with when they were said. */
    public Map<String, Instant> waiting = new LinkedHashMap<>();
    /** Bot answers that arrived before the message they answer (another topic, read first). */
    public Map<String, Instant> answeredEarly = new LinkedHashMap<>();

    public int customerMessages;
    public ReplyLatency latency = new ReplyLatency();
    public boolean bargained;
    public ConversationOutcome.Deal deal;
    public boolean paid;
    public String complaintCategory;
    public String complaintSeverity;
    public boolean escalated;
    public boolean resolved;
    public String resolution;
    public boolean handoffRequested;
    public boolean handledByPerson;
    public Long waitedSeconds;
    public boolean overdue;
    public boolean afterHours;
    public Integer botSatisfaction;
    public Integer personSatisfaction;

    /** When it counts as over, and when it is forgotten (the tracker's due times). */
    public Instant closeAt;

    public Instant forgetAt;

    /** How many outcomes were published; the next one carries this plus one. */
    public int published;
    /** Something changed since the last outcome was published. */
    public boolean changed;

    public static ConversationLedger of(String shopId, String conversationId) {
        ConversationLedger ledger = new ConversationLedger();
        ledger.shopId = shopId;
        ledger.conversationId = conversationId;
        return ledger;
    }

    /**
     * Folds one event in; false for one counted before (a redelivery). {@code listPrice} gives a product's list
     * price in the shop's catalogue (shop, product), when it is known.
     */
    public boolean apply(Envelope event, BiFunction<String, String, Optional<BigDecimal>> listPrice) {
        if (!seenEvents.add(event.eventId().toString())) {
            return false;
        }
        Instant at = event.occurredAt();
        if (openedAt == null || at.isBefore(openedAt)) {
            openedAt = at;
        }
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
        Payload payload = event.payload();
        if (payload instanceof ConversationOpened opened) {
            if (opened.productId() != null && productId == null) {
                productId = opened.productId();
            }
            if (stages.isEmpty()) {
                stages.add("greeting");
            }
        } else if (payload instanceof CustomerMessageReceived message) {
            said(message.messageId(), at);
        } else if (payload instanceof BotReplied reply) {
            replied(event, reply, at);
        } else if (payload instanceof StageChanged change) {
            passed(change.to().name());
        } else if (payload instanceof HandoffChanged step) {
            handoff(step);
        } else if (payload instanceof DealAgreed agreed) {
            agreed(agreed, listPrice.apply(shopId, agreed.productId()).orElse(null));
        } else if (payload instanceof NegotiationEnded) {
            bargained = true;
        } else if (payload instanceof OrderChanged order) {
            paid |= PAID.contains(order.status());
        } else if (payload instanceof ComplaintOpened opened) {
            complaintCategory = opened.category();
            complaintSeverity = opened.severity();
        } else if (payload instanceof ComplaintEscalated escalation) {
            escalated = true;
            if (complaintCategory == null) {
                complaintCategory = escalation.category();
            }
        } else if (payload instanceof ComplaintResolved done) {
            resolved = true;
            resolution = done.resolution();
            if (complaintCategory == null) {
                complaintCategory = done.category();
                complaintSeverity = done.severity();
            }
        } else if (payload instanceof SatisfactionRecorded rating) {
            // an operator's settlement is a person's work; any other the bot's
            if ("operator".equals(resolution)) {
                personSatisfaction = rating.score();
            } else {
                botSatisfaction = rating.score();
            }
        }
        changed = true;
        return true;
    }

    private void agreed(DealAgreed agreed, BigDecimal list) {
        bargained = true;
        productId = agreed.productId();
        deal = new ConversationOutcome.Deal(
                agreed.productId(),
                agreed.quantity(),
                agreed.unitPrice(),
                list,
                list == null || list.signum() <= 0 ? null : agreed.unitPrice().divide(list, 4, RoundingMode.HALF_UP),
                agreed.concessions());
    }

    private void said(String messageId, Instant at) {
        customerMessages++;
        Instant reply = answeredEarly.remove(messageId);
        if (reply != null) {
            latency.record(Math.max(0, Duration.between(at, reply).toMillis()));
        } else {
            waiting.put(messageId, at);
        }
    }

    private void replied(Envelope event, BotReplied reply, Instant at) {
        if (reply.intent() != null) {
            intents.add(reply.intent());
            if ("bargain".equals(reply.intent())) {
                bargained = true;
            }
        }
        if (event.actor() == Actor.agent) {
            waiting.clear(); // a person answers what the customer has said so far
            return;
        }
        String answered = reply.inReplyTo();
        if (answered == null) {
            return;
        }
        Instant asked = waiting.remove(answered);
        if (asked != null) {
            latency.record(Math.max(0, Duration.between(asked, at).toMillis()));
        } else if (!answeredEarly.containsKey(answered)) {
            answeredEarly.put(answered, at);
        }
    }

    private void passed(String stage) {
        if (stages.isEmpty()) {
            stages.add("greeting");
        }
        if (!stages.get(stages.size() - 1).equals(stage)) {
            stages.add(stage);
        }
        if ("negotiation".equals(stage)) {
            bargained = true;
        }
    }

    private void handoff(HandoffChanged step) {
        switch (step.step()) {
            case "requested" -> {
                handoffRequested = true;
                afterHours |= Boolean.TRUE.equals(step.afterHours());
            }
            case "overdue" -> overdue = true;
            case "answered" -> {
                handledByPerson = true;
                if (waitedSeconds == null) {
                    waitedSeconds = step.waitedSeconds();
                }
            }
            case "rated" -> personSatisfaction = step.score();
            default -> {}
        }
    }

    /** The outcome as it stands, as the next version. */
    public ConversationOutcome outcome() {
        List<String> unresolved = new ArrayList<>();
        if ((botSatisfaction != null && botSatisfaction <= 2)
                || (personSatisfaction != null && personSatisfaction <= 2)) {
            unresolved.add(ConversationOutcome.DISLIKED);
        }
        if (!waiting.isEmpty()) {
            unresolved.add(ConversationOutcome.UNANSWERED);
        }
        if (handoffRequested) {
            unresolved.add(ConversationOutcome.ASKED_FOR_PERSON);
        }
        return new ConversationOutcome(
                conversationId,
                shopId,
                published + 1,
                openedAt,
                lastActivityAt,
                productId,
                intents.stream().sorted().toList(),
                List.copyOf(stages),
                customerMessages,
                waiting.size(),
                intents.stream().anyMatch(PRODUCT_QUESTIONS::contains),
                bargained,
                deal,
                paid,
                complaintCategory == null
                        ? null
                        : new ConversationOutcome.Complaint(
                                complaintCategory, complaintSeverity, escalated, resolved, resolution),
                handoffRequested
                        ? new ConversationOutcome.Handoff(handledByPerson, waitedSeconds, overdue, afterHours)
                        : null,
                botSatisfaction == null && personSatisfaction == null
                        ? null
                        : new ConversationOutcome.Satisfaction(botSatisfaction, personSatisfaction),
                new ConversationOutcome.Latency(
                        latency.count(),
                        latency.percentileMs(0.5),
                        latency.percentileMs(0.95),
                        latency.maxMs,
                        Arrays.stream(latency.counts).boxed().toList()),
                unresolved.isEmpty(),
                List.copyOf(unresolved));
    }

    /** Marks the outcome just read as published. */
    public void published() {
        published++;
        changed = false;
    }
}
