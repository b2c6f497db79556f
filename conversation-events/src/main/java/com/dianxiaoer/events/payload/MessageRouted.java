package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Stage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The front desk handed a customer message to the stage that owns its intent. {@code secondaryIntent} keeps
 * the other intent of a multi-intent message; {@code productId} is the product the conversation is about;
 * {@code customerId} is the shop's own id of a customer its page vouched for (a signed identity), null for anonymous
 * visitors: only a vouched-for buyer is answered about an order placed outside this conversation.
 * {@code complaintCategory} is what a complaint or return is about as the intent model reads it (after-sales' category
 * names), a hint for after-sales where its own rules read nothing; null for other requests or when the model reads none.
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
        List<Entity> entities,
        String customerId,
        String complaintCategory)
        implements Payload {

    /** The categories {@code complaintCategory} may name, as the JSON Schema lists them. */
    public static final Set<String> COMPLAINT_CATEGORIES = Set.of(
            "wrong_item",
            "missing_item",
            "damaged",
            "colour_difference",
            "price_drop",
            "late_delivery",
            "service_attitude",
            "quality",
            "no_reason");

    // Required here as in the JSON Schema, so a producer cannot publish a record its own schema rejects.
    public MessageRouted {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(stage, "stage");
        if (messageSeq < 1) {
            throw new IllegalArgumentException("messageSeq must be >= 1, was " + messageSeq);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        if (complaintCategory != null && !COMPLAINT_CATEGORIES.contains(complaintCategory)) {
            throw new IllegalArgumentException("no such complaint category: " + complaintCategory);
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public MessageRouted(
            String messageId,
            long messageSeq,
            String text,
            String intent,
            double confidence,
            String secondaryIntent,
            Stage stage,
            String productId,
            List<Entity> entities,
            String customerId) {
        this(
                messageId,
                messageSeq,
                text,
                intent,
                confidence,
                secondaryIntent,
                stage,
                productId,
                entities,
                customerId,
                null);
    }

    /** A message of an anonymous visitor, or of a customer the shop's page did not vouch for. */
    public MessageRouted(
            String messageId,
            long messageSeq,
            String text,
            String intent,
            double confidence,
            String secondaryIntent,
            Stage stage,
            String productId,
            List<Entity> entities) {
        this(messageId, messageSeq, text, intent, confidence, secondaryIntent, stage, productId, entities, null, null);
    }

    /** The value of the first entity of this type ("order_number", "amount", ...), if the text carried one. */
    public Optional<String> entity(String type) {
        return entities.stream()
                .filter(e -> e.type().equals(type))
                .map(Entity::value)
                .findFirst();
    }

    /** An entity found in the text: type (amount, discount, quantity, order_number, courier, ...), value, and the text it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entity(String type, String value, String text) {
        public Entity {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }
}
