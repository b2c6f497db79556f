package com.dianxiaoer.aftersales.persistence;

import com.dianxiaoer.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;

/** JSON columns are written with the same mapper as the events, so numbers and dates read back the same. */
final class Json {
    private Json() {}

    static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "corrupt " + type.getSimpleName() + " column: " + e.getOriginalMessage(), e);
        }
    }
}
