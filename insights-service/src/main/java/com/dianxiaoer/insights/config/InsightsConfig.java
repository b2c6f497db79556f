package com.dianxiaoer.insights.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "dianxiaoer.insights")
public interface InsightsConfig {
    /** How long a conversation is quiet before its outcome is published (a shop may have its own: shopIdle). */
    @WithDefault("30m")
    Duration idle();

    /** Shops' own idle periods, as shopId=duration (ISO-8601 or 10m), e.g. "demo=5m". */
    Optional<List<String>> shopIdle();

    /** How often quiet conversations are looked for (wall-clock time). */
    @WithDefault("10s")
    Duration sweepInterval();

    /**
     * How long a conversation is remembered after its last event: the grace period for late events, which update its
     * outcome; an event later than that starts it afresh.
     */
    @WithDefault("7d")
    Duration forgetAfter();

    /** The time zone of the shop's days in the daily figures. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * The agent workbench (greeting-service's {@code /workbench/}) as a browser reaches it. Set, the page links each
     * conversation that ended badly into it and sends a shop admin there to sign in; unset, no links are shown.
     */
    Optional<URI> workbenchUrl();
}
