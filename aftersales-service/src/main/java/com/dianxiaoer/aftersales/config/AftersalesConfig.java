package com.dianxiaoer.aftersales.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "dianxiaoer.aftersales")
public interface AftersalesConfig {
    /** How long after a case is settled the customer is asked how satisfied they are (回访). */
    @WithDefault("24h")
    Duration satisfactionDelay();
}
