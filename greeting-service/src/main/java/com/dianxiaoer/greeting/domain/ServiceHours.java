package com.dianxiaoer.greeting.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a shop's people answer, each day, in the shop's own time zone. "24:00" as the closing time means midnight at
 * the end of the day; a closing time before the opening one means the shift runs past midnight (20:00-02:00).
 */
public record ServiceHours(LocalTime opens, LocalTime closes, boolean untilMidnight, ZoneId zone) {
    public static final ServiceHours ALWAYS =
            new ServiceHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true, ZoneId.of("Asia/Shanghai"));

    /** From the shop's settings: "09:00", "23:00" or "24:00", and a zone id such as Asia/Shanghai. */
    public static ServiceHours of(String opens, String closes, String zone) {
        try {
            boolean untilMidnight = "24:00".equals(closes);
            return new ServiceHours(
                    LocalTime.parse(opens),
                    untilMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(closes),
                    untilMidnight,
                    ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "service hours must be HH:mm (closing may be 24:00) in a time zone like Asia/Shanghai: " + opens
                            + "-" + closes + " " + zone,
                    e);
        }
    }

    public boolean alwaysOpen() {
        return untilMidnight && opens.equals(LocalTime.MIDNIGHT);
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen()) {
            return true;
        }
        LocalTime t = at.atZone(zone).toLocalTime();
        if (untilMidnight) {
            return !t.isBefore(opens);
        }
        if (opens.isBefore(closes)) {
            return !t.isBefore(opens) && t.isBefore(closes);
        }
        return !t.isBefore(opens) || t.isBefore(closes); // past midnight
    }

    /** The next moment people are back, in the shop's zone; {@code at} itself when they are there now. */
    public ZonedDateTime nextOpening(Instant at) {
        ZonedDateTime now = at.atZone(zone);
        if (isOpen(at)) {
            return now;
        }
        ZonedDateTime today = now.with(opens).withSecond(0).withNano(0);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    /** "今天09:00" or "明天09:00", as a customer is told when people are back. */
    public String whenBack(Instant at) {
        ZonedDateTime back = nextOpening(at);
        boolean today = back.toLocalDate().equals(at.atZone(zone).toLocalDate());
        return (today ? "今天" : "明天") + String.format("%02d:%02d", back.getHour(), back.getMinute());
    }

    @Override
    public String toString() {
        return opens + "-" + (untilMidnight ? "24:00" : closes.toString()) + " " + zone.getId();
    }
}
