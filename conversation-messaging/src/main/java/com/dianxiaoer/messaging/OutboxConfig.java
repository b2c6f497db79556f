package com.dianxiaoer.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "dianxiaoer.outbox")
public interface OutboxConfig {
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker's acknowledgements before it leaves the batch for the next try. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** The relay's safety-net sweep; normally it runs right after each commit that wrote to the outbox. */
    @WithDefault("2s")
    Duration sweepInterval();
}
