package com.dianxiaoer.insights.messaging;

import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.insights.domain.ConversationLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jboss.logging.Logger;

/**
 * Keeps a ledger per conversation (state store, changelogged) from every service's events and, when a conversation
 * has been quiet for its shop's idle period, publishes its outcome; a conversation that goes on is published again
 * when it is quiet again. A second store orders the conversations by when they are due (closed, or forgotten), so
 * the sweep reads only those.
 */
final class ConversationTracker implements Processor<String, String, String, String> {
    private static final Logger LOG = Logger.getLogger(ConversationTracker.class);
    private static final String CLOSE = "close";
    private static final String FORGET = "forget";

    private final Tracking tracking;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> ledgers;
    private KeyValueStore<String, String> due;
    private TimestampedKeyValueStore<String, String> catalogue;

    ConversationTracker(Tracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.ledgers = context.getStateStore(InsightsTopology.LEDGERS);
        this.due = context.getStateStore(InsightsTopology.DUE);
        this.catalogue = context.getStateStore(InsightsTopology.CATALOGUE);
        context.schedule(tracking.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, String> record) {
        Envelope event;
        try {
            event = EventJson.read(record.value());
        } catch (RuntimeException e) {
            // the producing service validated it against its schema; what is left is not ours to read
            LOG.warnf("skipping a record of conversation %s that is no event: %s", record.key(), e.getMessage());
            return;
        }
        if (event.payload() instanceof ErasureRequested || event.payload() instanceof ErasureCompleted) {
            // an erasure's own reports say nothing about how a chat went (order-service keys a buyer's by the buyer)
            return;
        }
        String id = event.conversationId();
        ConversationLedger ledger = Optional.ofNullable(ledgers.get(id))
                .map(ConversationTracker::ledger)
                .orElseGet(() -> ConversationLedger.of(event.shopId(), id));
        if (!ledger.apply(event, this::listPrice)) {
            return; // counted already: a redelivery
        }
        if (ledger.closeAt != null) {
            due.delete(dueKey(ledger.closeAt, id));
            due.delete(dueKey(ledger.forgetAt, id));
        }
        // Quiet for the idle period in event time and in our own: a backlog read after an outage, or a late event,
        // waits its idle period from when it is read, so an outcome is not published before its events are all in.
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Instant quietSince = ledger.lastActivityAt.isAfter(now) ? ledger.lastActivityAt : now;
        ledger.closeAt = quietSince.plus(tracking.idleOf(ledger.shopId));
        ledger.forgetAt = quietSince.plus(tracking.forgetAfter());
        due.put(dueKey(ledger.closeAt, id), CLOSE);
        due.put(dueKey(ledger.forgetAt, id), FORGET);
        ledgers.put(id, write(ledger));
    }

    /** Publishes the conversations that went quiet, forgets the ones past the grace period. */
    void sweep(long now) {
        List<KeyValue<String, String>> ready = new ArrayList<>();
        try (KeyValueIterator<String, String> it =
                due.range(dueKey(Instant.EPOCH, ""), dueKey(Instant.ofEpochMilli(now), "\uffff"))) {
            it.forEachRemaining(ready::add);
        }
        for (KeyValue<String, String> entry : ready) {
            due.delete(entry.key);
            String id = entry.key.substring(entry.key.indexOf('|') + 1);
            String stored = ledgers.get(id);
            if (stored == null) {
                continue;
            }
            ConversationLedger ledger = ledger(stored);
            if (FORGET.equals(entry.value)) {
                ledgers.delete(id);
            } else if (ledger.changed) {
                context.forward(new Record<>(id, write(ledger.outcome()), now));
                ledger.published();
                ledgers.put(id, write(ledger));
            }
        }
    }

    private Optional<BigDecimal> listPrice(String shopId, String productId) {
        ValueAndTimestamp<String> announced = catalogue.get(ProductChanged.key(shopId, productId));
        if (announced == null || announced.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(
                    ((ProductChanged) EventJson.read(announced.value()).payload()).listPrice());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Due time first, so a range read returns what is due in time order. */
    static String dueKey(Instant at, String conversationId) {
        return String.format("%019d|%s", Math.max(0, at.toEpochMilli()), conversationId);
    }

    private static ConversationLedger ledger(String json) {
        return StoredJson.read(json, ConversationLedger.class);
    }

    private static String write(Object value) {
        return StoredJson.write(value);
    }
}
