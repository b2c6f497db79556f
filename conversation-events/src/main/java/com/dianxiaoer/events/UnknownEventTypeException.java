package com.dianxiaoer.events;

/** A record whose {@code type} this version of the library does not know: a consumer sends it to the DLQ. */
public class UnknownEventTypeException extends IllegalArgumentException {
    public UnknownEventTypeException(String type) {
        super("unknown event type: " + type);
    }
}
