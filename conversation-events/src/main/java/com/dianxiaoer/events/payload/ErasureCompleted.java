package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.util.Objects;

/**
 * A stage service has erased what it held of one conversation (ErasureRequested): published on its own events topic,
 * where greeting-service counts the reports until the erasure is complete. {@code records} is how many rows were
 * deleted or anonymised, zero when the service held nothing of it.
 */
public record ErasureCompleted(String erasureId, String service, int records) implements Payload {
    public ErasureCompleted {
        Objects.requireNonNull(erasureId, "erasureId");
        Objects.requireNonNull(service, "service");
        if (records < 0) {
            throw new IllegalArgumentException("records must be >= 0, was " + records);
        }
    }
}
