package com.dianxiaoer.insights.messaging;

import static com.dianxiaoer.insights.messaging.Script.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.events.payload.SatisfactionRecorded;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.insights.domain.ShopFigures;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The topology on Kafka Streams' own test driver: scripted conversations in, outcomes and a shop's figures out, the
 * wall clock moved by hand past the idle period.
 */
class InsightsTopologyTest {
    private static final Instant T0 = Instant.parse("2026-12-03T02:15:00Z");
    private static final Duration IDLE = Duration.ofMinutes(5);
    private static final Tracking TRACKING = new Tracking(
            IDLE,
            Map.of("quiet-shop", Duration.ofMinutes(1)),
            Duration.ofSeconds(10),
            Duration.ofDays(7),
            ZoneId.of("Asia/Shanghai"));

    private TopologyTestDriver driver;
    private Map<String, TestInputTopic<String, String>> inputs;
    private TestOutputTopic<String, String> outcomes;
    private TestOutputTopic<String, String> hourly;
    private TestOutputTopic<String, String> daily;

    @BeforeEach
    void start() throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "insights-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(
                StreamsConfig.STATE_DIR_CONFIG,
                Files.createTempDirectory("insights").toString());
        // every processor, store and internal topic named: the topology fails to build otherwise
        props.put("ensure.explicit.internal.resource.naming", "true");
        driver = new TopologyTestDriver(InsightsTopology.build(TRACKING), props, T0);
        inputs = new HashMap<>();
        for (String topic : List.of(
                Topics.CONVERSATION_EVENTS,
                Topics.REPLIES,
                Topics.NEGOTIATION_EVENTS,
                Topics.ORDER_EVENTS,
                Topics.AFTERSALES_EVENTS,
                Topics.CATALOGUE_EVENTS)) {
            inputs.put(topic, driver.createInputTopic(topic, new StringSerializer(), new StringSerializer()));
        }
        outcomes = driver.createOutputTopic(
                Topics.CONVERSATION_OUTCOMES, new StringDeserializer(), new StringDeserializer());
        hourly = driver.createOutputTopic(Topics.SHOP_HOURLY, new StringDeserializer(), new StringDeserializer());
        daily = driver.createOutputTopic(Topics.SHOP_DAILY, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aQuietConversationIsPublishedOnceWithHowItEnded() {
        announce("demo", "wool-coat", "899.00");
        Script chat = new Script("demo", T0);
        send(chat.opened("c-1", "wool-coat"));
        send(chat.said(1, "m1", "有货吗"));
        send(chat.answered(1.3, "greeting-service", "stock", "m1"));
        send(chat.said(20, "m2", "能便宜点吗"));
        send(chat.at(
                s(20.1),
                Actor.system,
                "greeting-service",
                new StageChanged(Stage.greeting, Stage.negotiation, "routed")));
        send(chat.answered(21.5, "negotiation-service", "bargain", "m2"));
        send(chat.at(
                s(40),
                Actor.customer,
                "negotiation-service",
                new DealAgreed("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("859.00"), List.of(), true, 1)));
        send(chat.at(
                s(90),
                Actor.system,
                "order-service",
                new OrderChanged("o-1", 2, "paid", "created", "status", new BigDecimal("859.00"), null, null, null)));

        driver.advanceWallClockTime(IDLE.minusSeconds(30));
        assertThat(outcomes.isEmpty()).as("not quiet long enough yet").isTrue();
        driver.advanceWallClockTime(Duration.ofMinutes(2));

        List<ConversationOutcome> out = readOutcomes();
        assertThat(out).hasSize(1);
        ConversationOutcome o = out.get(0);
        assertThat(o.conversationId()).isEqualTo(chat.conversationId);
        assertThat(o.version()).isEqualTo(1);
        assertThat(o.intents()).containsExactly("bargain", "stock");
        assertThat(o.stages()).containsExactly("greeting", "negotiation");
        assertThat(o.askedProductQuestion()).isTrue();
        assertThat(o.bargained()).isTrue();
        assertThat(o.deal().priceShare()).isEqualByComparingTo("0.9555");
        assertThat(o.paid()).isTrue();
        assertThat(o.unanswered()).isZero();
        assertThat(o.replyLatency().answers()).isEqualTo(2);
        assertThat(o.replyLatency().maxMs()).isEqualTo(1500);
        assertThat(o.botResolved()).isTrue();

        ShopFigures hour = figures(hourly, "demo|hour|2026-12-03T02:00:00Z");
        assertThat(hour.conversations).isEqualTo(1);
        assertThat(hour.askedProductQuestion).isEqualTo(1);
        assertThat(hour.deals).isEqualTo(1);
        assertThat(hour.paid).isEqualTo(1);
        assertThat(hour.getBargainSuccess()).isEqualByComparingTo("1");
        assertThat(hour.getMeanPriceShare()).isEqualByComparingTo("0.9555");
        assertThat(hour.getResolutionRate()).isEqualByComparingTo("1");
        // the shop's day is Beijing's: 02:15 UTC is 10:15 on the 3rd there, a day that began at 16:00 UTC on the 2nd
        assertThat(figures(daily, "demo|day|2026-12-02T16:00:00Z").conversations)
                .isEqualTo(1);
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        Script chat = new Script("demo", T0);
        Envelope message = chat.said(1, "m1", "在吗");
        send(chat.opened("c-1", null));
        send(message);
        send(message);
        Envelope reply = chat.answered(1.2, "greeting-service", "greeting", "m1");
        send(reply);
        send(reply);
        driver.advanceWallClockTime(IDLE.plusMinutes(1));

        ConversationOutcome o = single(readOutcomes());
        assertThat(o.customerMessages()).isEqualTo(1);
        assertThat(o.replyLatency().answers()).isEqualTo(1);
        assertThat(figures(hourly, "demo|hour|2026-12-03T02:00:00Z").conversations)
                .isEqualTo(1);
    }

    @Test
    void aConversationThatResumesIsPublishedAgainAndCountedOnceAsItEndedLast() {
        Script chat = new Script("demo", T0);
        send(chat.opened("c-1", null));
        send(chat.said(1, "m1", "在吗"));
        send(chat.answered(1.2, "greeting-service", "greeting", "m1"));
        driver.advanceWallClockTime(IDLE.plusMinutes(1));
        assertThat(single(readOutcomes()).botResolved()).isTrue();

        Duration later = IDLE.plusMinutes(2);
        send(chat.at(later, Actor.customer, "greeting-service", new CustomerMessageReceived("m2", null, "转人工")));
        send(chat.at(
                later.plusMillis(100),
                Actor.customer,
                "greeting-service",
                new HandoffChanged("requested", Stage.greeting, null, 0L, false, null)));
        send(chat.at(
                later.plusMillis(300),
                Actor.bot,
                "greeting-service",
                new BotReplied("马上为您转接", "human_agent", List.of(), "m2")));
        driver.advanceWallClockTime(IDLE.plusMinutes(3));

        ConversationOutcome again = single(readOutcomes());
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.botResolved()).isFalse();
        assertThat(again.unresolvedBecause()).containsExactly(ConversationOutcome.ASKED_FOR_PERSON);
        ShopFigures hour = figures(hourly, "demo|hour|2026-12-03T02:00:00Z");
        assertThat(hour.conversations).as("the first outcome is taken back").isEqualTo(1);
        assertThat(hour.botResolved).isZero();
        assertThat(hour.handoffs).isEqualTo(1);
    }

    @Test
    void unansweredMessagesAndALowRatingAreNotResolvedByTheBot() {
        Script chat = new Script("demo", T0);
        send(chat.opened("c-1", null));
        send(chat.at(
                s(5),
                Actor.customer,
                "aftersales-service",
                new ComplaintOpened("case-1", "o-1", null, "quality", "normal", "return")));
        send(chat.at(
                s(50), Actor.customer, "aftersales-service", new SatisfactionRecorded("case-1", "o-1", "quality", 1)));
        send(chat.said(60, "m9", "还没好吗"));
        driver.advanceWallClockTime(IDLE.plusMinutes(2));

        ConversationOutcome o = single(readOutcomes());
        assertThat(o.unresolvedBecause()).containsExactly(ConversationOutcome.DISLIKED, ConversationOutcome.UNANSWERED);
        assertThat(o.complaint().category()).isEqualTo("quality");
        assertThat(o.satisfaction().bot()).isEqualTo(1);
        ShopFigures hour = figures(hourly, "demo|hour|2026-12-03T02:00:00Z");
        assertThat(hour.complaintsByCategory).containsEntry("quality", 1L);
        assertThat(hour.getMeanBotSatisfaction()).isEqualByComparingTo("1");
    }

    @Test
    void aLateOrOutOfOrderEventUpdatesTheOutcome() {
        Script chat = new Script("demo", T0);
        send(chat.opened("c-1", null));
        // the reply is read before the message it answers (another topic)
        send(chat.answered(2.4, "greeting-service", "greeting", "m1"));
        send(chat.said(2, "m1", "在吗"));
        driver.advanceWallClockTime(IDLE.plusMinutes(1));
        ConversationOutcome first = single(readOutcomes());
        assertThat(first.unanswered()).isZero();
        assertThat(first.replyLatency().p50Ms()).isEqualTo(500);

        // a complaint that happened before the conversation went quiet, delivered late: published again once the
        // conversation has been quiet for the idle period since it was read
        send(chat.at(
                s(30),
                Actor.customer,
                "aftersales-service",
                new ComplaintOpened("case-2", null, null, "late_delivery", "normal", "none")));
        driver.advanceWallClockTime(IDLE.minusMinutes(1));
        assertThat(outcomes.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofMinutes(1).plus(TRACKING.sweepInterval()));
        ConversationOutcome updated = single(readOutcomes());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.complaint().category()).isEqualTo("late_delivery");
        assertThat(figures(hourly, "demo|hour|2026-12-03T02:00:00Z").complaints).isEqualTo(1);
    }

    @Test
    void aShopsOwnIdlePeriodDecidesWhenItsConversationsAreOver() {
        Script chat = new Script("quiet-shop", T0);
        send(chat.opened("c-1", null));
        driver.advanceWallClockTime(Duration.ofMinutes(2));
        assertThat(single(readOutcomes()).shopId()).isEqualTo("quiet-shop");
    }

    @Test
    void anErasuresReportIsNoConversation() {
        Script buyer = new Script("demo", T0);
        send(buyer.at(s(1), Actor.system, "order-service", new ErasureCompleted("e-1", "order-service", 2)));
        driver.advanceWallClockTime(IDLE.plusMinutes(1));
        assertThat(outcomes.isEmpty()).isTrue();
        KeyValueStore<String, String> ledgers = driver.getKeyValueStore(InsightsTopology.LEDGERS);
        assertThat(ledgers.get(buyer.conversationId)).isNull();
    }

    @Test
    void aConversationIsForgottenAfterTheGracePeriod() {
        Script chat = new Script("demo", T0);
        send(chat.opened("c-1", null));
        KeyValueStore<String, String> ledgers = driver.getKeyValueStore(InsightsTopology.LEDGERS);
        driver.advanceWallClockTime(IDLE.plusMinutes(1));
        assertThat(ledgers.get(chat.conversationId)).as("kept for late events").isNotNull();
        driver.advanceWallClockTime(TRACKING.forgetAfter());
        assertThat(ledgers.get(chat.conversationId)).isNull();
    }

    @Test
    void whatIsPublishedFollowsItsSchemas() {
        announce("demo", "wool-coat", "899.00");
        Script chat = new Script("demo", T0);
        send(chat.opened("c-1", "wool-coat"));
        send(chat.said(1, "m1", "便宜点"));
        send(chat.answered(2, "negotiation-service", "bargain", "m1"));
        send(chat.at(
                s(9),
                Actor.customer,
                "negotiation-service",
                new DealAgreed("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("859.00"), List.of(), true, 1)));
        send(chat.at(
                s(20),
                Actor.customer,
                "aftersales-service",
                new ComplaintOpened("case-1", "o-1", null, "quality", "serious", "return")));
        send(chat.at(
                s(30),
                Actor.customer,
                "greeting-service",
                new HandoffChanged("requested", Stage.aftersales, null, 0L, true, null)));
        send(chat.at(
                s(90),
                Actor.agent,
                "greeting-service",
                new HandoffChanged("answered", Stage.aftersales, "agent-1", 60L, true, null)));
        send(chat.at(
                s(99),
                Actor.customer,
                "greeting-service",
                new HandoffChanged("rated", null, "agent-1", null, null, 5)));
        driver.advanceWallClockTime(IDLE.plusMinutes(2));

        String outcome = outcomes.readValue();
        assertThat(Schemas.named("ConversationOutcome").validate(tree(outcome))).isEmpty();
        Map<String, String> figures = hourly.readKeyValuesToMap();
        assertThat(figures).isNotEmpty();
        figures.values()
                .forEach(f -> assertThat(Schemas.named("ShopFigures").validate(tree(f)))
                        .as(f)
                        .isEmpty());
        daily.readKeyValuesToMap()
                .values()
                .forEach(f -> assertThat(Schemas.named("ShopFigures").validate(tree(f)))
                        .as(f)
                        .isEmpty());
        ConversationOutcome o = StoredJson.read(outcome, ConversationOutcome.class);
        assertThat(o.handoff().handledByPerson()).isTrue();
        assertThat(o.handoff().waitedSeconds()).isEqualTo(60L);
        assertThat(o.satisfaction().person()).isEqualTo(5);
    }

    @Test
    void whatIsPublishedCarriesNoCustomerWords() {
        Script chat = new Script("demo", T0);
        send(chat.opened("visitor-42", null));
        send(chat.said(1, "m1", "我的手机是138****8000"));
        driver.advanceWallClockTime(IDLE.plusMinutes(1));
        String published = outcomes.readValue();
        assertThat(published).doesNotContain("visitor-42").doesNotContain("138").doesNotContain("手机");
    }

    private void announce(String shop, String product, String listPrice) {
        Envelope e = Envelope.of(
                shop,
                ProductChanged.key(shop, product),
                null,
                Actor.system,
                "greeting-service",
                null,
                null,
                new ProductChanged(product, "羊毛双面呢大衣", new BigDecimal(listPrice), 10));
        inputs.get(Topics.CATALOGUE_EVENTS).pipeInput(e.key(), EventJson.write(e), T0);
    }

    private void send(Envelope event) {
        inputs.get(Script.topicOf(event)).pipeInput(event.key(), EventJson.write(event), event.occurredAt());
    }

    private List<ConversationOutcome> readOutcomes() {
        return outcomes.readValuesToList().stream()
                .map(json -> StoredJson.read(json, ConversationOutcome.class))
                .toList();
    }

    private static ConversationOutcome single(List<ConversationOutcome> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static ShopFigures figures(TestOutputTopic<String, String> topic, String key) {
        Map<String, String> latest = topic.readKeyValuesToMap();
        assertThat(latest).containsKey(key);
        return StoredJson.read(latest.get(key), ShopFigures.class);
    }

    static JsonNode tree(String json) {
        return StoredJson.read(json, JsonNode.class);
    }
}
