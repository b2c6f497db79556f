package com.dianxiaoer.insights.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A shop's figures for one hour or one day, counted over the conversations opened in it (insights.shop-hourly and
 * insights.shop-daily, keyed by {@link #key}). Every count adds a conversation's outcome and subtracts the one it
 * replaces, so a conversation that resumes is counted once, as it ended last.
 */
public class ShopFigures {
    public String shopId;
    /** hour or day */
    public String period;

    public Instant start;

    public long conversations;
    public long askedProductQuestion;
    public long bargained;
    public long deals;
    public long paid;
    /** Sum of the deals' agreed price over list price, where the list price was known, and how many those were. */
    public BigDecimal priceShareSum = BigDecimal.ZERO;

    public long priceShares;
    public long complaints;
    public Map<String, Long> complaintsByCategory = new TreeMap<>();
    public long escalated;
    public long botSatisfactionSum;
    public long botRatings;
    public long personSatisfactionSum;
    public long personRatings;
    public long handoffs;
    public long botResolved;
    /** Only the buckets: a maximum cannot be taken back when an outcome is replaced. */
    @JsonIgnoreProperties("maxMs")
    public ReplyLatency replyLatency = new ReplyLatency();

    public static ShopFigures empty(String shopId, String period, Instant start) {
        ShopFigures f = new ShopFigures();
        f.shopId = shopId;
        f.period = period;
        f.start = start;
        return f;
    }

    public static String key(String shopId, String period, Instant start) {
        return shopId + "|" + period + "|" + start;
    }

    public ShopFigures add(ConversationOutcome o) {
        return count(o, 1);
    }

    public ShopFigures subtract(ConversationOutcome o) {
        return count(o, -1);
    }

    private ShopFigures count(ConversationOutcome o, int sign) {
        conversations += sign;
        askedProductQuestion += o.askedProductQuestion() ? sign : 0;
        bargained += o.bargained() ? sign : 0;
        paid += o.paid() ? sign : 0;
        if (o.deal() != null) {
            deals += sign;
            if (o.deal().priceShare() != null) {
                priceShareSum = priceShareSum.add(o.deal().priceShare().multiply(BigDecimal.valueOf(sign)));
                priceShares += sign;
            }
        }
        if (o.complaint() != null) {
            complaints += sign;
            complaintsByCategory.merge(o.complaint().category(), (long) sign, Long::sum);
            complaintsByCategory.values().removeIf(n -> n == 0);
            escalated += o.complaint().escalated() ? sign : 0;
        }
        if (o.satisfaction() != null) {
            if (o.satisfaction().bot() != null) {
                botSatisfactionSum += sign * o.satisfaction().bot();
                botRatings += sign;
            }
            if (o.satisfaction().person() != null) {
                personSatisfactionSum += sign * o.satisfaction().person();
                personRatings += sign;
            }
        }
        handoffs += o.handoff() != null ? sign : 0;
        botResolved += o.botResolved() ? sign : 0;
        ReplyLatency theirs = new ReplyLatency();
        for (int i = 0;
                i < theirs.counts.length && i < o.replyLatency().buckets().size();
                i++) {
            theirs.counts[i] = o.replyLatency().buckets().get(i);
        }
        replyLatency.add(theirs, sign);
        return this;
    }

    /** Deals over conversations that bargained; null when none did. */
    public BigDecimal getBargainSuccess() {
        return ratio(deals, bargained);
    }

    public BigDecimal getMeanPriceShare() {
        return priceShares == 0 ? null : priceShareSum.divide(BigDecimal.valueOf(priceShares), 4, RoundingMode.HALF_UP);
    }

    public BigDecimal getResolutionRate() {
        return ratio(botResolved, conversations);
    }

    public BigDecimal getMeanBotSatisfaction() {
        return botRatings == 0 ? null : ratio(botSatisfactionSum, botRatings);
    }

    public BigDecimal getMeanPersonSatisfaction() {
        return personRatings == 0 ? null : ratio(personSatisfactionSum, personRatings);
    }

    /** Complaints over conversations. */
    public BigDecimal getComplaintRate() {
        return ratio(complaints, conversations);
    }

    public Long getReplyLatencyP50Ms() {
        return replyLatency.percentileMs(0.5);
    }

    public Long getReplyLatencyP95Ms() {
        return replyLatency.percentileMs(0.95);
    }

    public Long getReplyLatencyP99Ms() {
        return replyLatency.percentileMs(0.99);
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
