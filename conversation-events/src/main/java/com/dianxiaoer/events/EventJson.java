package com.dianxiaoer.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of an envelope. Unknown fields are ignored so that an added field never breaks an older
 * consumer; an unknown {@code type} or a malformed record fails with {@link MalformedEventException}, which a
 * consumer turns into a dead letter.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    static {
        for (EventType type : EventType.values()) {
            MAPPER.registerSubtypes(new NamedType(type.payloadClass(), type.name()));
        }
    }

    private EventJson() {}

    public static String write(Envelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + envelope.type(), e);
        }
    }

    public static Envelope read(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record", null);
        }
        try {
            Envelope envelope = MAPPER.readValue(json, Envelope.class);
            if (envelope == null) {
                throw new MalformedEventException("null record", null);
            }
            EventType type = EventType.named(envelope.type());
            if (envelope.schemaVersion() > type.schemaVersion()) {
                throw new MalformedEventException(
                        "schemaVersion " + envelope.schemaVersion() + " of " + type
                                + " is newer than this consumer knows",
                        null);
            }
            return envelope;
        } catch (MalformedEventException e) {
            throw e;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(MalformedEventException.originalMessage(e), e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }

        static String originalMessage(Throwable e) {
            return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        }
    }
}
