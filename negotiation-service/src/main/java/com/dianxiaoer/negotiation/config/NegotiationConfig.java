package com.dianxiaoer.negotiation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "dianxiaoer.negotiation")
public interface NegotiationConfig {
    /** How long "let me ask my supervisor" takes before the answer comes: long enough to feel real. */
    @WithDefault("20s")
    Duration supervisorDelay();
}
