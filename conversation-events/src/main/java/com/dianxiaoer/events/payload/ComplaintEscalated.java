package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A complaint turned serious and was reported to the shop's management (aftersales.events), once per case.
 * {@code reasons}: safety, repeated, dispute_threat (platform dispute, media or legal action), high_value.
 */
public record ComplaintEscalated(
        String caseId, String orderId, String category, List<String> reasons, BigDecimal orderTotal)
        implements Payload {

    public ComplaintEscalated {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(category, "category");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an escalation names at least one reason");
        }
    }
}
