package com.dianxiaoer.aftersales.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * One complaint of one conversation about one order, as it moves through the procedure (heard → asking_facts →
 * following → resolved → closed). Kept whole as the domain's record; the history of what was done lives beside it
 * (see {@link Turn#notes()}).
 */
public class ComplaintCase {
    public enum Step {
        /** Heard out and acknowledged. */
        heard,
        /** Waiting for facts from the customer (order, item, what happened, a photo). */
        asking_facts,
        /** Cannot be settled at once: the shop is on it and the customer was told when the next answer comes. */
        following,
        /** The customer was told the outcome; the satisfaction question follows. */
        resolved,
        /** The customer rated the handling. */
        closed
    }

    public String caseId;
    public String shopId;
    public String conversationId;
    public String orderId;
    public String productId;
    public Category category = Category.other;
    public Request request = Request.NONE;
    public Set<SeriousReason> reasons = EnumSet.noneOf(SeriousReason.class);
    public Step step = Step.heard;
    public String photoLink;
    public boolean photoWaived;
    /** The facts already asked for: each is asked once, and a customer who answers without it is not kept waiting. */
    public Set<Fact> asked = new TreeSet<>();
    /** The customer has said what happened, though in words no category matches (a person reads it). */
    public boolean described;
    /**
     * The category is the front desk's model's reading, not the customer's words: the words' own cause replaces it, and
     * what happened is still asked for until the customer has said it.
     */
    public boolean categoryGuessed;
    /** A guessed cause the customer said was wrong: it is not guessed again, nor taken from words that repeat it. */
    public Category deniedCause;

    public int factRequests;
    public boolean escalated;
    public boolean overdue;
    public Instant openedAt;
    public Instant nextAnswerBy;
    public String resolution;
    public BigDecimal compensationAmount;
    public Integer satisfaction;

    public ComplaintCase() {}

    public ComplaintCase(String caseId, String shopId, String conversationId, Instant openedAt) {
        this.caseId = caseId;
        this.shopId = shopId;
        this.conversationId = conversationId;
        this.openedAt = openedAt;
    }

    public boolean serious() {
        return !reasons.isEmpty();
    }

    public String severity() {
        return serious() ? "serious" : "normal";
    }

    /** Still being handled: neither the outcome told nor rated. */
    public boolean open() {
        return step == Step.heard || step == Step.asking_facts || step == Step.following;
    }
}
