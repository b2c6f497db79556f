package com.dianxiaoer.messaging;

/** Fired when a transaction wrote to the outbox, so the relay can send at commit instead of at its next sweep. */
public record OutboxWritten() {}
