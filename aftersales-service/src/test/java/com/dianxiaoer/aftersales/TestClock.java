package com.dianxiaoer.aftersales;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Business time under the tests' control: replaces the service's system clock (a @DefaultBean) in every @QuarkusTest. */
@Singleton
public class TestClock extends Clock {
    private volatile Instant now;

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
