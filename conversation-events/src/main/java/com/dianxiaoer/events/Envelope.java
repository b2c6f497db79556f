package com.dianxiaoer.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What every record on every topic looks like (docs/design.md, "The event envelope"). {@code conversationId} is also the
 * Kafka key. {@code seq} is set where the event is a transcript item. {@code correlationId} ties every event
 * of one customer message together; {@code causationId} names the event that directly caused this one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String shopId,
        String conversationId,
        Long seq,
        UUID causationId,
        UUID correlationId,
        String producer,
        Actor actor,
        // The payload's class is named by the envelope's own "type"; EventJson registers the names.
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "type")
        Payload payload) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireText(shopId, "shopId");
        requireText(conversationId, "conversationId");
        requireText(producer, "producer");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1, was " + schemaVersion);
        }
        if (seq != null && seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, was " + seq);
        }
        // Only the "type" component reaches the wire (Jackson drops the payload's own external type id when the
        // bean already has a property of that name), so a mismatch here would publish a payload under the wrong name.
        EventType registered = EventType.named(type);
        if (registered.payloadClass() != payload.getClass()) {
            throw new IllegalArgumentException(
                    "type " + type + " does not carry a " + payload.getClass().getSimpleName());
        }
    }

    /** A new event with a fresh id, the payload's type and current schema version, stamped now (UTC, ms). */
    public static Envelope of(
            String shopId,
            String conversationId,
            Long seq,
            Actor actor,
            String producer,
            UUID causationId,
            UUID correlationId,
            Payload payload) {
        EventType type = EventType.of(payload);
        UUID eventId = UUID.randomUUID();
        return new Envelope(
                eventId,
                type.name(),
                type.schemaVersion(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                shopId,
                conversationId,
                seq,
                causationId,
                correlationId == null ? eventId : correlationId,
                producer,
                actor,
                payload);
    }

    /** An event caused by this one: same shop, conversation and correlation. */
    public Envelope cause(Long seq, Actor actor, String producer, Payload payload) {
        return of(shopId, conversationId, seq, actor, producer, eventId, correlationId, payload);
    }

    /** The same event as if it had happened at another time: a late or replayed event, in tests and backfills. */
    public Envelope at(Instant when) {
        return new Envelope(
                eventId,
                type,
                schemaVersion,
                when,
                shopId,
                conversationId,
                seq,
                causationId,
                correlationId,
                producer,
                actor,
                payload);
    }

    /** The Kafka key. */
    public String key() {
        return conversationId;
    }

    private static void requireText(String value, String name) {
        // A blank conversationId would be a blank Kafka key, silently breaking per-conversation ordering.
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
