package com.dianxiaoer.events;

/**
 * The body of an event. Every implementation is registered in {@link EventType}, which names it on the
 * wire and points to its JSON Schema; a change that would break a consumer gets a new schema version.
 */
public interface Payload {}
