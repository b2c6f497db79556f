package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Payload;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The front desk handed a customer message to the stage that owns its intent. {@code secondaryIntent} keeps
 * the other intent of a multi-intent message; {@code productId} is the product the conversation is about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageRouted(
        String messageId,
        long messageSeq,
        String text,
        String intent,
        double confidence,
        String secondaryIntent,
        Stage stage,
        String productId,
        List<Entity> entities) implements Payload {

    public MessageRouted {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** An entity found in the text: type (amount, quantity, order_number, courier, colour, size, product), value, and the text it came from. */
    public record Entity(String type, String value, String text) {
    }
}
