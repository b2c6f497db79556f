package com.dianxiaoer.insights.app;

import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.insights.domain.ShopFigures;
import com.dianxiaoer.insights.messaging.InsightsTopology;
import com.dianxiaoer.insights.messaging.StoredJson;
import com.dianxiaoer.insights.messaging.Tracking;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What a shop owner asks of the insights: the shop's figures over a period, and its latest conversations that ended
 * badly. Read from this instance's global stores of the output topics (interactive queries), which every instance
 * holds whole, so any instance answers for any shop.
 */
@ApplicationScoped
public class ShopInsights {
    /** The most points one answer has: a month of hours, a year of days. */
    static final Duration MAX_HOURS = Duration.ofDays(31);

    static final Duration MAX_DAYS = Duration.ofDays(366);

    @Inject
    KafkaStreams streams;

    @Inject
    Tracking tracking;

    public List<ShopFigures> figures(String shopId, String period, Instant from, Instant to) {
        if (!"hour".equals(period) && !"day".equals(period)) {
            throw ApiException.badRequest("invalid_period", "period is hour or day");
        }
        if (to.isBefore(from)) {
            throw ApiException.badRequest("invalid_range", "to comes before from");
        }
        if (Duration.between(from, to).compareTo("hour".equals(period) ? MAX_HOURS : MAX_DAYS) > 0) {
            throw ApiException.badRequest(
                    "range_too_long", "at most 31 days of hours, or 366 days of days, in one answer");
        }
        ReadOnlyKeyValueStore<String, String> store =
                store("hour".equals(period) ? InsightsTopology.HOURLY_FIGURES : InsightsTopology.DAILY_FIGURES);
        List<ShopFigures> found = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.range(
                ShopFigures.key(shopId, period, InsightsTopology.start(from, period, tracking)),
                ShopFigures.key(shopId, period, InsightsTopology.start(to, period, tracking)))) {
            it.forEachRemaining(kv -> {
                ShopFigures f = StoredJson.read(kv.value, ShopFigures.class);
                if (f.conversations > 0) {
                    found.add(f);
                }
            });
        }
        return found;
    }

    /** The shop's latest conversations that the bot did not resolve, newest first. */
    public List<ConversationOutcome> endedBadly(String shopId, int limit) {
        if (limit < 1 || limit > 100) {
            throw ApiException.badRequest("invalid_limit", "limit is 1 to 100");
        }
        List<ConversationOutcome> found = new ArrayList<>();
        // every conversation of this instance is read: fine for a shop's recent weeks, an index when that grows
        try (KeyValueIterator<String, String> it =
                store(InsightsTopology.OUTCOMES).all()) {
            it.forEachRemaining(kv -> {
                ConversationOutcome o = StoredJson.read(kv.value, ConversationOutcome.class);
                if (o.shopId().equals(shopId) && !o.botResolved()) {
                    found.add(o);
                }
            });
        }
        return found.stream()
                .sorted(Comparator.comparing(ConversationOutcome::lastActivityAt)
                        .reversed())
                .limit(limit)
                .toList();
    }

    private ReadOnlyKeyValueStore<String, String> store(String name) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new ApiException(503, "insights_not_ready", "the figures are being restored; try again in a moment");
        }
    }
}
