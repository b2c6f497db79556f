package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.util.Objects;

/** The customer rated how a resolved case was handled, 1 (very unhappy) to 5 (very happy) (aftersales.events). */
public record SatisfactionRecorded(String caseId, String orderId, String category, int score) implements Payload {

    public SatisfactionRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(category, "category");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be within 1..5, was " + score);
        }
    }
}
