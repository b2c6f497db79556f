package com.dianxiaoer.aftersales.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The shop's working day, for the times after-sales promises: when the next answer comes (the follow-up time, within
 * the working hours), when a case's day ends, and how a time reads to the customer ("今天18:30前").
 */
public final class ServiceHours {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final AftersalesPolicy policy;

    public ServiceHours(AftersalesPolicy policy) {
        this.policy = policy;
    }

    /** The end of the shop's working day that a case opened at this moment belongs to. */
    public Instant endOfDay(Instant openedAt) {
        ZonedDateTime local = openedAt.atZone(policy.zone());
        ZonedDateTime end = local.toLocalDate().atTime(policy.end()).atZone(policy.zone());
        return (local.isBefore(end) ? end : end.plusDays(1)).toInstant();
    }

    /** When the next answer comes: the follow-up time from now, within the shop's working hours. */
    public Instant nextAnswerBy(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, policy.zone());
        LocalDateTime start = local.toLocalDate().atTime(policy.start());
        LocalDateTime from = local.isBefore(start) ? start : local;
        LocalDateTime by = from.plusMinutes(policy.followUpMinutes());
        if (by.toLocalDate().isAfter(local.toLocalDate()) || by.toLocalTime().isAfter(policy.end())) {
            LocalDate next = local.toLocalTime().isBefore(policy.start())
                    ? local.toLocalDate()
                    : local.toLocalDate().plusDays(1);
            by = next.atTime(policy.start()).plusMinutes(policy.followUpMinutes());
        }
        return by.atZone(policy.zone()).toInstant();
    }

    /** "今天18:30前", "明天11:00前", "11月26日11:00前", in the shop's zone. */
    public String when(Instant by, Instant now) {
        LocalDateTime t = LocalDateTime.ofInstant(by, policy.zone());
        LocalDate today = LocalDate.ofInstant(now, policy.zone());
        String day = t.toLocalDate().equals(today)
                ? "今天"
                : t.toLocalDate().equals(today.plusDays(1)) ? "明天" : date(t.toLocalDate());
        return day + t.format(HM) + "前";
    }

    /** The next answer's time from now, as the customer reads it. */
    public String nextAnswer(Instant now) {
        return when(nextAnswerBy(now), now);
    }

    /** A day in the shop's zone, as the customer reads it: "11月26日". */
    public LocalDate day(Instant at) {
        return at.atZone(policy.zone()).toLocalDate();
    }

    static String date(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
