package com.dianxiaoer.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dianxiaoer.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final Retry retry = new Retry(5, Duration.ofMillis(250), Duration.ofSeconds(1), pauses::add);

    @Test
    void aPassingFailureIsTriedAgainWithPausesThatDoubleUpToTheCeiling() {
        AtomicInteger tries = new AtomicInteger();
        retry.run("reply", () -> {
            if (tries.incrementAndGet() < 5) {
                throw new IllegalStateException("connection closed");
            }
        });
        assertThat(tries).hasValue(5);
        assertThat(pauses)
                .containsExactly(
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void theLastFailureIsThrownWhenTheTriesAreUsedUp() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retry.run("reply", () -> {
                    throw new IllegalStateException("database down, try " + tries.incrementAndGet());
                }))
                .hasMessage("database down, try 5");
        assertThat(pauses).hasSize(4);
    }

    @Test
    void aFailureThatCanNeverPassIsThrownAtOnce() {
        for (RuntimeException permanent : List.of(
                new EventJson.MalformedEventException("not an envelope", null),
                new UnknownConversationException("c-1"),
                new IllegalArgumentException("bad id"))) {
            AtomicInteger tries = new AtomicInteger();
            assertThatThrownBy(() -> retry.run("reply", () -> {
                        tries.incrementAndGet();
                        throw permanent;
                    }))
                    .isSameAs(permanent);
            assertThat(tries).hasValue(1);
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    void anInterruptedPauseGivesUpAndKeepsTheInterrupt() {
        Retry interrupted = new Retry(3, Duration.ofMillis(10), Duration.ofMillis(10), d -> {
            throw new InterruptedException();
        });
        assertThatThrownBy(() -> interrupted.run("reply", () -> {
                    throw new IllegalStateException("lock timeout");
                }))
                .hasMessage("lock timeout");
        assertThat(Thread.interrupted()).isTrue();
    }
}
