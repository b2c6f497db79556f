package com.dianxiaoer.insights.domain;

import java.util.Arrays;
import java.util.List;

/**
 * How long customers waited for the bot's answers, as counts in fixed buckets: buckets add and subtract exactly, so a
 * shop's figures stay right when a conversation's outcome is replaced by a later one. Percentiles are read as the
 * upper bound of the bucket they fall in.
 */
public final class ReplyLatency {
    /** Upper bounds of the buckets, in ms; the last bucket has none (anything slower). */
    public static final List<Long> BOUNDS_MS = List.of(100L, 200L, 500L, 1_000L, 2_000L, 5_000L, 10_000L, 30_000L);

    public long[] counts = new long[BOUNDS_MS.size() + 1];
    public long maxMs;

    public void record(long ms) {
        int i = 0;
        while (i < BOUNDS_MS.size() && ms > BOUNDS_MS.get(i)) {
            i++;
        }
        counts[i]++;
        maxMs = Math.max(maxMs, ms);
    }

    public long count() {
        return Arrays.stream(counts).sum();
    }

    /** The bucket bound below which {@code share} (0..1) of the answers came; null without answers. */
    public Long percentileMs(double share) {
        long total = count();
        if (total == 0) {
            return null;
        }
        long needed = (long) Math.ceil(share * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= needed) {
                return i < BOUNDS_MS.size() ? BOUNDS_MS.get(i) : null;
            }
        }
        return null;
    }

    void add(ReplyLatency other, int sign) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += sign * other.counts[i];
        }
    }
}
