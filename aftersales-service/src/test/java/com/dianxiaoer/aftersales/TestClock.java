package com.dianxiaoer.aftersales;

import com.dianxiaoer.messaging.SettableClock;
import jakarta.inject.Singleton;

/** After-sales' business time in tests: the system clock until a test sets it. */
@Singleton
public class TestClock extends SettableClock {
    public TestClock() {
        super(null);
    }
}
