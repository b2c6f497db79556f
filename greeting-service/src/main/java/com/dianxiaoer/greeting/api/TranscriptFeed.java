package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.config.GreetingConfig;
import com.dianxiaoer.greeting.persistence.TranscriptAppended;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.greeting.persistence.TranscriptNotifications;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Feeds open SSE streams from the transcript table. The database is the only source: a follower always sends
 * "everything after the last seq I sent", so a stream can never skip or repeat an item, whatever order the
 * notifications come in. Notifications make it prompt: this instance's own after commit, every instance's through
 * PostgreSQL ({@link TranscriptNotifications}); a periodic look keeps it correct if those are lost.
 */
@ApplicationScoped
public class TranscriptFeed {
    private static final Logger LOG = Logger.getLogger(TranscriptFeed.class);
    /** An idle stream gets a comment line this often: proxies keep it open, and a gone client is noticed. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    @Inject
    GreetingConfig config;

    @Inject
    TranscriptNotifications notifications;

    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    /**
     * The latest seq this instance appended to each conversation lately: its own streams are told after commit, so
     * PostgreSQL's notification of the same item, which may come first, must not make them read again.
     */
    private final Cache<UUID, Long> appendedHere = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    private final ExecutorService readers = Executors.newFixedThreadPool(2, r -> daemon(r, "transcript-feed"));
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "transcript-tick"));

    void start(@Observes StartupEvent event) {
        long every = config.chat().streamPollInterval().toMillis();
        ticker.scheduleAtFixedRate(this::lookForOtherReplicasItems, every, every, TimeUnit.MILLISECONDS);
        notifications.listen(this::appendedAnywhere);
    }

    /** An item appended by any instance; this instance's own are told to its streams after their commit. */
    private void appendedAnywhere(UUID conversationId, long seq) {
        Long own = appendedHere.getIfPresent(conversationId);
        if (own == null || own < seq) {
            signalFollowersOf(conversationId, seq);
        }
    }

    /** The conversation's open streams that have not sent this item yet read what is new. */
    private void signalFollowersOf(UUID conversationId, long seq) {
        for (Follower f : followers) {
            if (f.conversationId.equals(conversationId) && f.lastSent < seq) {
                f.signal();
            }
        }
    }

    /**
     * Should a notification be lost (the listening connection dropped): one query for all open streams finds the
     * conversations that have new items, and only their streams read them (and those idle long enough get their
     * keep-alive).
     */
    private void lookForOtherReplicasItems() {
        try {
            if (followers.isEmpty()) {
                return;
            }
            List<UUID> ids =
                    followers.stream().map(f -> f.conversationId).distinct().toList();
            Map<UUID, Long> latest = QuarkusTransaction.requiringNew().call(() -> TranscriptItemEntity.latestSeqs(ids));
            long now = System.currentTimeMillis();
            for (Follower f : followers) {
                if (latest.getOrDefault(f.conversationId, 0L) > f.lastSent
                        || now - f.lastWriteMillis >= KEEP_ALIVE_MILLIS) {
                    f.signal();
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("looking for new transcript items failed, will look again: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        notifications.stop();
        ticker.shutdownNow();
        readers.shutdownNow();
        followers.forEach(f -> f.sink.close());
    }

    /** In the appending transaction, so that it is known before PostgreSQL's notification can arrive. */
    void appending(@Observes TranscriptAppended event) {
        appendedHere.asMap().merge(event.conversationId(), event.seq(), Math::max);
    }

    /** A rolled-back item is no item: another instance may append that seq, and its notification must count. */
    void notAppended(@Observes(during = TransactionPhase.AFTER_FAILURE) TranscriptAppended event) {
        appendedHere.asMap().remove(event.conversationId(), event.seq());
    }

    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptAppended event) {
        signalFollowersOf(event.conversationId(), event.seq());
    }

    public void follow(UUID conversationId, long afterSeq, SseEventSink sink, Sse sse) {
        Follower follower = new Follower(conversationId, afterSeq, sink, sse);
        followers.add(follower);
        follower.signal();
    }

    public int openStreams() {
        return followers.size();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private final class Follower {
        final UUID conversationId;
        final SseEventSink sink;
        final Sse sse;
        final AtomicInteger missed = new AtomicInteger();
        volatile long lastSent;
        volatile long lastWriteMillis = System.currentTimeMillis();

        Follower(UUID conversationId, long afterSeq, SseEventSink sink, Sse sse) {
            this.conversationId = conversationId;
            this.lastSent = afterSeq;
            this.sink = sink;
            this.sse = sse;
        }

        /** Schedules a drain; signals that arrive while one runs fold into one more pass. */
        void signal() {
            if (missed.getAndIncrement() == 0) {
                try {
                    readers.execute(this::drain);
                } catch (RejectedExecutionException shuttingDown) {
                    followers.remove(this);
                }
            }
        }

        private void drain() {
            int pending = 1;
            do {
                if (sink.isClosed()) {
                    followers.remove(this);
                    return;
                }
                try {
                    sendNewItems();
                    keepAliveIfIdle();
                } catch (RuntimeException e) {
                    LOG.debugf("stream of %s ended: %s", conversationId, e.getMessage());
                    followers.remove(this);
                    sink.close();
                    return;
                }
                pending = missed.addAndGet(-pending);
            } while (pending != 0);
        }

        private void sendNewItems() {
            List<ChatDtos.TranscriptItem> items;
            do {
                long after = lastSent;
                items = QuarkusTransaction.requiringNew()
                        .call(() -> TranscriptItemEntity.after(
                                        conversationId, after, config.chat().pageSize())
                                .stream()
                                .map(ChatDtos.TranscriptItem::of)
                                .toList());
                for (ChatDtos.TranscriptItem item : items) {
                    sink.send(sse.newEventBuilder()
                                    .id(Long.toString(item.seq()))
                                    .name("message")
                                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                    .data(ChatDtos.TranscriptItem.class, item)
                                    .build())
                            .toCompletableFuture()
                            .join();
                    lastSent = item.seq();
                    lastWriteMillis = System.currentTimeMillis();
                }
            } while (items.size() == config.chat().pageSize());
        }

        private void keepAliveIfIdle() {
            if (System.currentTimeMillis() - lastWriteMillis >= KEEP_ALIVE_MILLIS) {
                sink.send(sse.newEventBuilder().comment("keep-alive").build())
                        .toCompletableFuture()
                        .join();
                lastWriteMillis = System.currentTimeMillis();
            }
        }
    }
}
