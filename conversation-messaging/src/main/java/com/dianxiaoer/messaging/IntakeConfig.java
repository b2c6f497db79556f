package com.dianxiaoer.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "dianxiaoer.intake")
public interface IntakeConfig {
    /** Tries per event before it goes to the dead-letter topic (six: about 8 s of pauses, a database failover). */
    @WithDefault("6")
    int attempts();

    @WithDefault("250ms")
    Duration firstPause();

    @WithDefault("4s")
    Duration maxPause();

    /** How long a handled event is remembered: longer than any topic keeps its records (30 days), so no redelivery is missed. */
    @WithDefault("35d")
    Duration remember();
}
