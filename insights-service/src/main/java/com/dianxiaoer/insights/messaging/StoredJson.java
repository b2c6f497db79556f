package com.dianxiaoer.insights.messaging;

import com.dianxiaoer.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;

/** The stores and the insights topics hold JSON, written and read with the events' own mapper. */
public final class StoredJson {
    private StoredJson() {}

    public static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            // our own writing, read back: unreadable means a bug or a record we never wrote, not bad input
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
