package com.dianxiaoer.insights.messaging;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Payload;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One conversation's events as the services would publish them, at times the test chooses. */
final class Script {
    final String shopId;
    final String conversationId = UUID.randomUUID().toString();
    private final Instant start;

    Script(String shopId, Instant start) {
        this.shopId = shopId;
        this.start = start;
    }

    Envelope at(Duration after, Actor actor, String producer, Payload payload) {
        EventType type = EventType.of(payload);
        UUID id = UUID.randomUUID();
        return new Envelope(
                id,
                type.name(),
                type.schemaVersion(),
                start.plus(after),
                shopId,
                conversationId,
                null,
                null,
                id,
                producer,
                actor,
                payload);
    }

    static Duration s(double seconds) {
        return Duration.ofMillis((long) (seconds * 1000));
    }
}
