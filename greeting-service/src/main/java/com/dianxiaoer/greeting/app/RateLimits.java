package com.dianxiaoer.greeting.app;

import com.dianxiaoer.greeting.persistence.ShopEntity;
import com.dianxiaoer.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much one conversation, one client address and one shop may send to the public chat API: a token bucket each,
 * holding a minute's worth of the shop's limit and refilled continuously, so a customer's burst passes and a flood is
 * answered 429 with how long to wait. The buckets live in this replica's memory: with n replicas behind a load
 * balancer a client gets up to n times the limit, which bounds a flood without a shared store on every message.
 */
@ApplicationScoped
public class RateLimits {
    /** A shop's limits, per minute. */
    public record Limits(int perConversation, int perAddress, int perShop) {
        public static final Limits DEFAULT = new Limits(60, 600, 60_000);
    }

    private record Known(Limits limits, long readAtNanos) {}

    private static final long SHOP_LIMITS_FRESH_NANOS = 10_000_000_000L;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Known> shops = new ConcurrentHashMap<>();

    /** A message into a conversation: the conversation's, the address's and the shop's buckets each give a token. */
    public void admitMessage(String shopId, String conversationId, String address) {
        Limits limits = limitsOf(shopId);
        take(
                new Want("c:" + conversationId, limits.perConversation(), "this conversation"),
                new Want("a:" + shopId + ":" + address, limits.perAddress(), "your network address"),
                new Want("s:" + shopId, limits.perShop(), "this shop"));
    }

    /** Opening a conversation counts against the address and the shop. */
    public void admitOpening(String shopId, String address) {
        Limits limits = limitsOf(shopId);
        take(
                new Want("a:" + shopId + ":" + address, limits.perAddress(), "your network address"),
                new Want("s:" + shopId, limits.perShop(), "this shop"));
    }

    /** Signing in to the workbench: a few tries a minute for one account, and for one address, against guessing. */
    public void admitSignIn(String shopId, String username, String address) {
        take(
                new Want("u:" + shopId + ":" + username, SIGN_INS_PER_ACCOUNT, "this account"),
                new Want("i:" + address, SIGN_INS_PER_ADDRESS, "your network address"));
    }

    private record Want(String key, int perMinute, String who) {}

    private static final int SIGN_INS_PER_ACCOUNT = 10;
    private static final int SIGN_INS_PER_ADDRESS = 60;

    /** A shop's new limits apply from the next request. */
    public void forget(String shopId) {
        shops.remove(shopId);
        buckets.keySet().removeIf(k -> k.equals("s:" + shopId));
    }

    /** Every bucket gives a token, or none does: a refusal by one never spends another's. */
    private void take(Want... wants) {
        for (int i = 0; i < wants.length; i++) {
            Want w = wants[i];
            long waitNanos = buckets.computeIfAbsent(w.key(), k -> new Bucket(w.perMinute()))
                    .take(w.perMinute());
            if (waitNanos > 0) {
                for (int j = 0; j < i; j++) {
                    buckets.get(wants[j].key()).giveBack();
                }
                long seconds = (waitNanos + 999_999_999L) / 1_000_000_000L;
                throw ApiException.tooManyRequests(
                        "rate_limited",
                        "too many requests from " + w.who() + "; try again in " + seconds + " s",
                        seconds);
            }
        }
    }

    private Limits limitsOf(String shopId) {
        long now = System.nanoTime();
        Known known = shops.get(shopId);
        if (known == null || now - known.readAtNanos() > SHOP_LIMITS_FRESH_NANOS) {
            Limits read = QuarkusTransaction.joiningExisting()
                    .call(() -> ShopEntity.<ShopEntity>findByIdOptional(shopId)
                            .map(s -> new Limits(
                                    s.limitConversationPerMinute, s.limitAddressPerMinute, s.limitShopPerMinute))
                            .orElse(Limits.DEFAULT));
            known = new Known(read, now);
            shops.put(shopId, known);
        }
        return known.limits();
    }

    /** Buckets full again forget themselves: an idle conversation or address costs nothing. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.fullAt(now));
    }

    /** Tokens refill at perMinute a minute, up to perMinute. */
    static final class Bucket {
        private double tokens;
        private long lastNanos;
        private int capacity;

        Bucket(int perMinute) {
            this.tokens = perMinute;
            this.capacity = perMinute;
            this.lastNanos = System.nanoTime();
        }

        /** 0 when a token was taken; otherwise the nanoseconds until one will be there. */
        synchronized long take(int perMinute) {
            long now = System.nanoTime();
            capacity = perMinute;
            double perNano = perMinute / 60e9;
            tokens = Math.min(capacity, tokens + (now - lastNanos) * perNano);
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized void giveBack() {
            tokens = Math.min(capacity, tokens + 1);
        }

        synchronized boolean fullAt(long now) {
            return tokens + (now - lastNanos) * (capacity / 60e9) >= capacity;
        }
    }
}
