package com.dianxiaoer.order;

import com.dianxiaoer.messaging.SettableClock;
import jakarta.inject.Singleton;
import java.time.Instant;

/** order-service's business time in tests: stopped at the start, so a test that never sets it sees no time pass. */
@Singleton
public class TestClock extends SettableClock {
    public TestClock() {
        super(Instant.now());
    }
}
