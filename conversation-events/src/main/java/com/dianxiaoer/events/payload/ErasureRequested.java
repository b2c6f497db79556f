package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Set;

/**
 * A conversation's personal data is to be erased (a customer's request, or the shop's retention period has passed):
 * published by greeting-service on each stage's routed topic, keyed by the conversation, so it comes after every message
 * of that conversation routed before it. Each stage service erases what it holds and answers with ErasureCompleted.
 * {@code customerId} is the shop's own id of a signed-in customer, so that orders the shop's order system recorded for
 * that buyer are anonymised too; absent for an anonymous visitor and for retention.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureRequested(String erasureId, String reason, String customerId) implements Payload {
    public static final Set<String> REASONS = Set.of("customer_request", "retention");

    public ErasureRequested {
        Objects.requireNonNull(erasureId, "erasureId");
        if (!REASONS.contains(reason)) {
            throw new IllegalArgumentException("unknown erasure reason " + reason);
        }
    }
}
