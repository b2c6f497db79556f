package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A customer message was stored in the transcript (the envelope's {@code seq}) and awaits handling. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerMessageReceived(String messageId, String clientMessageId, String text) implements Payload {

    // Required here as in the JSON Schema, so a producer cannot publish a record its own schema rejects.
    public CustomerMessageReceived {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
    }
}
