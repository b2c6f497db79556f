package com.dianxiaoer.insights.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How one conversation ended, once it has gone quiet for its shop's idle period (conversation.outcomes, keyed by the
 * conversation; a conversation that resumes is published again with the next {@code version}). Ids, words of the
 * system and figures only: no customer id, text, name, phone or address (schema ConversationOutcome.v1.json).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationOutcome(
        String conversationId,
        String shopId,
        int version,
        Instant openedAt,
        Instant lastActivityAt,
        String productId,
        List<String> intents,
        List<String> stages,
        int customerMessages,
        int unanswered,
        boolean askedProductQuestion,
        boolean bargained,
        Deal deal,
        boolean paid,
        Complaint complaint,
        Handoff handoff,
        Satisfaction satisfaction,
        Latency replyLatency,
        boolean botResolved,
        List<String> unresolvedBecause) {

    /** A price agreed in the chat; {@code priceShare} is the agreed price over the list price, where it is known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deal(
            String productId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal listPrice,
            BigDecimal priceShare,
            int concessions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Complaint(String category, String severity, boolean escalated, boolean resolved, String resolution) {}

    /** A request for a person: how long the customer waited for one, and whether one answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Handoff(boolean handledByPerson, Long waitedSeconds, boolean overdue, boolean afterHours) {}

    /** The customer's 1-5: for the bot (a case it settled) and for the person who answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Satisfaction(Integer bot, Integer person) {}

    /** The bot's answers: how many, the median and 95th percentile (bucket bounds, ms; null if slower than 30 s). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Latency(long answers, Long p50Ms, Long p95Ms, long maxMs, List<Long> buckets) {}

    public static final String DISLIKED = "disliked";
    public static final String UNANSWERED = "unanswered";
    public static final String ASKED_FOR_PERSON = "asked_for_person";
}
