package com.dianxiaoer.insights.messaging;

import com.dianxiaoer.events.Topics;
import com.dianxiaoer.insights.config.InsightsConfig;
import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.insights.domain.ShopFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The insights, as one Kafka Streams topology (every processor, store and internal topic named: a name that changed
 * would need the application reset): every service's conversation events are tracked per conversation
 * into conversation.outcomes; the outcomes, as a table of each conversation's latest, are counted per shop and hour
 * and per shop and day into insights.shop-hourly and insights.shop-daily. Everything is keyed by conversation until
 * the counts regroup it by shop.
 */
@ApplicationScoped
public class InsightsTopology {
    static final String LEDGERS = "conversation-ledgers";
    static final String DUE = "conversations-due";
    static final String CATALOGUE = "catalogue";
    static final String HOURLY_STORE = "shop-hourly";
    static final String DAILY_STORE = "shop-daily";
    static final String LATEST_OUTCOMES = "latest-outcomes";
    /**
     * What the API reads: the three output topics again, as global tables, so that every instance holds every shop's
     * figures and outcomes and answers for any shop (the stores above hold only this instance's partitions).
     */
    public static final String HOURLY_FIGURES = "all-shop-hourly";

    public static final String DAILY_FIGURES = "all-shop-daily";
    public static final String OUTCOMES = "all-outcomes";

    /** The topics whose events make an outcome, all keyed by conversation. */
    public static final List<String> SOURCES = List.of(
            Topics.CONVERSATION_EVENTS,
            Topics.REPLIES,
            Topics.NEGOTIATION_EVENTS,
            Topics.ORDER_EVENTS,
            Topics.AFTERSALES_EVENTS);

    @Produces
    @Singleton
    Tracking tracking(InsightsConfig config) {
        return Tracking.of(config);
    }

    @Produces
    Topology topology(Tracking tracking) {
        return build(tracking);
    }

    public static Topology build(Tracking tracking) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LEDGERS), Serdes.String(), Serdes.String()));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE), Serdes.String(), Serdes.String()));
        // the list prices the deals are compared with, from every partition of the catalogue
        builder.globalTable(
                Topics.CATALOGUE_EVENTS,
                Consumed.with(Serdes.String(), Serdes.String()).withName("catalogue-events"),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(CATALOGUE));

        KStream<String, String> outcomes = builder.stream(
                        SOURCES, Consumed.with(Serdes.String(), Serdes.String()).withName("conversation-events"))
                .process(() -> new ConversationTracker(tracking), Named.as("track-conversations"), LEDGERS, DUE);
        outcomes.to(
                Topics.CONVERSATION_OUTCOMES,
                Produced.with(Serdes.String(), Serdes.String()).withName("to-outcomes"));

        KTable<String, String> latest = outcomes.toTable(
                Named.as("latest-outcome-per-conversation"),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(LATEST_OUTCOMES)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.String()));
        count(latest, "hour", tracking, HOURLY_STORE)
                .to(
                        Topics.SHOP_HOURLY,
                        Produced.with(Serdes.String(), Serdes.String()).withName("to-shop-hourly"));
        count(latest, "day", tracking, DAILY_STORE)
                .to(
                        Topics.SHOP_DAILY,
                        Produced.with(Serdes.String(), Serdes.String()).withName("to-shop-daily"));

        readBack(builder, Topics.SHOP_HOURLY, HOURLY_FIGURES);
        readBack(builder, Topics.SHOP_DAILY, DAILY_FIGURES);
        readBack(builder, Topics.CONVERSATION_OUTCOMES, OUTCOMES);
        return builder.build();
    }

    /** A topic of ours as a global table (the topic is compacted and is its own changelog). */
    private static void readBack(StreamsBuilder builder, String topic, String store) {
        builder.globalTable(
                topic,
                Consumed.with(Serdes.String(), Serdes.String()).withName(store + "-source"),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.String()));
    }

    /** A shop's figures per period: each outcome is added, and the one it replaces taken back. */
    private static KStream<String, String> count(
            KTable<String, String> latest, String period, Tracking tracking, String store) {
        return latest.groupBy(
                        (conversation, json) -> {
                            ConversationOutcome o = outcome(json);
                            Instant start = start(o.openedAt(), period, tracking);
                            return KeyValue.pair(ShopFigures.key(o.shopId(), period, start), json);
                        },
                        Grouped.with(store + "-by-shop", Serdes.String(), Serdes.String()))
                .aggregate(
                        () -> null,
                        (key, json, figures) ->
                                StoredJson.write(figures(figures, key).add(outcome(json))),
                        (key, json, figures) ->
                                StoredJson.write(figures(figures, key).subtract(outcome(json))),
                        Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(store)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(Serdes.String()))
                .toStream();
    }

    /** Hours in UTC; days in the shops' time zone. */
    public static Instant start(Instant at, String period, Tracking tracking) {
        return "hour".equals(period)
                ? at.truncatedTo(ChronoUnit.HOURS)
                : at.atZone(tracking.zone()).truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    private static ShopFigures figures(String json, String key) {
        if (json != null) {
            return StoredJson.read(json, ShopFigures.class);
        }
        String[] parts = key.split("\\|", 3);
        return ShopFigures.empty(parts[0], parts[1], Instant.parse(parts[2]));
    }

    static ConversationOutcome outcome(String json) {
        return StoredJson.read(json, ConversationOutcome.class);
    }
}
