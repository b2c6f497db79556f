package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A reply for the customer. Whoever writes it publishes it on {@code conversation.replies}; greeting-service
 * appends it to the transcript (once, by eventId) and pushes it to the widget. {@code inReplyTo} is the
 * customer message it answers, where there is one; timed replies have none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BotReplied(String text, String intent, List<String> quickReplies, String inReplyTo) implements Payload {

    public BotReplied {
        Objects.requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
