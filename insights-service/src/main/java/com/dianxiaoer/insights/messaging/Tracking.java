package com.dianxiaoer.insights.messaging;

import com.dianxiaoer.insights.config.InsightsConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How conversations are tracked: when one counts as over, how often that is looked at, how long it is kept. */
public record Tracking(
        Duration idle, Map<String, Duration> idleByShop, Duration sweepInterval, Duration forgetAfter, ZoneId zone) {

    public static Tracking of(InsightsConfig config) {
        Map<String, Duration> byShop = new LinkedHashMap<>();
        for (String entry : config.shopIdle().orElse(List.of())) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException(
                        "dianxiaoer.insights.shop-idle: expected shopId=duration, got " + entry);
            }
            byShop.put(parts[0].strip(), duration(parts[1].strip()));
        }
        return new Tracking(config.idle(), byShop, config.sweepInterval(), config.forgetAfter(), config.zone());
    }

    public Duration idleOf(String shopId) {
        return idleByShop.getOrDefault(shopId, idle);
    }

    /** ISO-8601 (PT5M) or the short form Quarkus accepts (5m, 30s, 2h). */
    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
    }
}
