package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Stage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The stage that owns a conversation changed; {@code reason} says why in a word or two (routed, handoff, released). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageChanged(Stage from, Stage to, String reason) implements Payload {

    // Required here as in the JSON Schema; every conversation starts in greeting, so "from" is always known.
    public StageChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
