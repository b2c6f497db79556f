package com.dianxiaoer.aftersales.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one step of the procedure decided: the case as it now stands (null when the message opened none), the
 * replies in order, what to write in the case's history, and the events it leads to.
 *
 * @param opened       a new case was opened
 * @param escalate     the reasons, when the case became serious just now (reported once, never again)
 * @param resolution   the outcome told to the customer just now, or null
 * @param satisfaction the score the customer gave just now, or null
 */
public record Turn(
        ComplaintCase kase,
        List<Reply> replies,
        List<Note> notes,
        boolean opened,
        Set<SeriousReason> escalate,
        Resolution resolution,
        Integer satisfaction) {

    public Turn {
        replies = List.copyOf(replies);
        notes = List.copyOf(notes);
        escalate = Set.copyOf(escalate);
    }

    /** A line of the case's history: which of the five steps (or escalated, overdue, order) and what happened. */
    public record Note(String step, String note) {}

    /**
     * How a case was settled. {@code kind}: return, refund, exchange, replacement, reship, price_difference, apology,
     * operator; {@code compensations} in the order they were offered (after the apology).
     */
    public record Resolution(String kind, List<Compensation> compensations, boolean shopPaysReturnShipping) {
        public Resolution {
            compensations = List.copyOf(compensations);
        }

        public BigDecimal amount() {
            return compensations.stream()
                    .map(Compensation::amount)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
