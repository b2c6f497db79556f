package com.dianxiaoer.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Business time under a test's control, for a stage service's {@code TestClock} bean (a {@code @Singleton} subclass in
 * its tests), which replaces the service's system clock (conversation-web's {@code Clocks}, a {@code @DefaultBean}) in every
 * {@code @QuarkusTest}. Set and moved by the test, so time rules are checked without sleeping.
 */
public abstract class SettableClock extends Clock {
    private volatile Instant now;

    /** @param start the time until a test sets one; {@code null} follows the system clock until then */
    protected SettableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = instant().plus(by);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
