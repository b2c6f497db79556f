package com.dianxiaoer.greeting.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The conversation path end to end, over the real broker and database the test resource starts. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class ConversationFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URL base;

    private URI stream(Chat chat) {
        return URI.create(base + "api/v1/conversations/" + chat.id() + "/stream");
    }

    @Test
    void theWelcomeArrivesOnTheStream() throws Exception {
        Chat chat = Chat.open("demo");
        try (SseClient sse = SseClient.open(stream(chat), chat.token(), null)) {
            assertThat(sse.status).isEqualTo(200);
            chat.say("在吗").statusCode(202);
            List<SseClient.Event> events =
                    sse.until(e -> "bot".equals(e.data().path("role").asText()), WAIT);
            SseClient.Event customer = events.get(0);
            assertThat(customer.id()).isEqualTo("1");
            assertThat(customer.name()).isEqualTo("message");
            assertThat(customer.data().path("text").asText()).isEqualTo("在吗");
            SseClient.Event welcome = events.get(events.size() - 1);
            assertThat(welcome.id()).isEqualTo("2");
            assertThat(welcome.data().path("seq").asLong()).isEqualTo(2);
            assertThat(welcome.data().path("text").asText()).contains("小二优选旗舰店", "小美", "008", "满299减30");
            assertThat(welcome.data().path("at").asText()).endsWith("Z");
        }
    }

    @Test
    void aReconnectingWidgetMissesNothing() throws Exception {
        Chat chat = Chat.open("demo");
        long lastSeen;
        try (SseClient sse = SseClient.open(stream(chat), chat.token(), null)) {
            chat.say("在吗").statusCode(202);
            lastSeen = Long.parseLong(sse.until(
                            e -> "bot".equals(e.data().path("role").asText()), WAIT)
                    .get(1)
                    .id());
        }
        // While the widget is away, the customer's other tab keeps talking and the shop keeps answering.
        chat.say("羊毛双面呢大衣有货吗").statusCode(202);
        chat.say("谢谢").statusCode(202);
        chat.awaitItems(6);
        try (SseClient resumed = SseClient.open(stream(chat), chat.token(), Long.toString(lastSeen))) {
            List<SseClient.Event> missed = resumed.until(e -> "6".equals(e.id()), WAIT);
            assertThat(missed).extracting(SseClient.Event::id).containsExactly("3", "4", "5", "6");
            assertThat(missed)
                    .extracting(e -> e.data().path("text").asText())
                    .contains("羊毛双面呢大衣有货吗", "谢谢")
                    .anySatisfy(text -> assertThat(text).contains("有现货"))
                    .anySatisfy(text -> assertThat(text).contains("不客气"));
            assertThat(resumed.next(Duration.ofMillis(1200)))
                    .as("nothing is repeated")
                    .isNull();
        }
        // ?after= and ?token= work for an EventSource that cannot set headers.
        URI query = URI.create(stream(chat) + "?after=5&token=" + chat.token());
        try (SseClient byQuery = SseClient.open(query, null, null)) {
            assertThat(byQuery.until(e -> true, WAIT))
                    .extracting(SseClient.Event::id)
                    .containsExactly("6");
        }
    }

    @Test
    void aStreamWithAWrongTokenIsRefused() throws Exception {
        Chat chat = Chat.open("demo");
        try (SseClient sse = SseClient.open(stream(chat), "wrong", null)) {
            assertThat(sse.status).isEqualTo(401);
        }
    }

    @Test
    void aBargainIsRoutedToNegotiationWithAValidEnvelope() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("羊毛双面呢大衣100块卖不卖 电话13812345678").statusCode(202);
        ConsumerRecord<String, String> record = TopicProbe.await(Topics.ROUTED_NEGOTIATION, chat.id(), v -> true, WAIT);
        JsonNode json = EventJson.mapper().readTree(record.value());
        assertThat(Schemas.of(EventType.MessageRouted).validate(json)).isEmpty();
        Envelope envelope = EventJson.read(record.value());
        assertThat(envelope.conversationId()).isEqualTo(chat.id());
        assertThat(envelope.shopId()).isEqualTo("demo");
        assertThat(envelope.producer()).isEqualTo("greeting-service");
        MessageRouted routed = (MessageRouted) envelope.payload();
        assertThat(routed.intent()).isEqualTo("bargain");
        assertThat(routed.stage()).isEqualTo(Stage.negotiation);
        assertThat(routed.productId()).isEqualTo("wool-coat");
        assertThat(routed.messageSeq()).isEqualTo(1);
        assertThat(routed.entities()).extracting(MessageRouted.Entity::type).contains("amount");
        // The stage gets the words as typed (its own topic); analysts' conversation.events has the phone masked.
        assertThat(routed.text()).isEqualTo("羊毛双面呢大衣100块卖不卖 电话13812345678");
        ConsumerRecord<String, String> received = TopicProbe.await(
                Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("CustomerMessageReceived"), WAIT);
        assertThat(received.value())
                .as("no phone number in clear where analysts read")
                .contains("138****5678")
                .doesNotContain("13812345678");
        // The customer still got the welcome at once, and the conversation now belongs to negotiation.
        assertThat(chat.awaitItems(2).get(1).get("role")).isEqualTo("bot");
        ConsumerRecord<String, String> stage =
                TopicProbe.await(Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("StageChanged"), WAIT);
        assertThat(Schemas.of(EventType.StageChanged)
                        .validate(EventJson.mapper().readTree(stage.value())))
                .isEmpty();
        assertThat(stage.value()).contains("\"to\":\"negotiation\"");
    }

    @Test
    void aComplaintReachesAfterSalesWithWhatTheModelReadsItToBeAbout() throws Exception {
        Chat chat = Chat.open("demo");
        // No keyword of after-sales' rules names the cause here ("降了", not "降价"); the model's head reads a price drop.
        chat.say("刚买完就降了二十块 退我钱").statusCode(202);
        ConsumerRecord<String, String> record = TopicProbe.await(Topics.ROUTED_AFTERSALES, chat.id(), v -> true, WAIT);
        assertThat(Schemas.of(EventType.MessageRouted)
                        .validate(EventJson.mapper().readTree(record.value())))
                .isEmpty();
        MessageRouted routed = (MessageRouted) EventJson.read(record.value()).payload();
        assertThat(routed.intent()).isEqualTo("return_refund");
        assertThat(routed.complaintCategory()).isEqualTo("price_drop");
    }

    @Test
    void aStageThatSpeaksFirstGetsTheCustomersAnswer() {
        Chat chat = Chat.open("demo");
        chat.say("在吗").statusCode(202);
        chat.awaitItems(2);
        // order-service asks, unprompted, for the address to be checked after payment.
        Envelope ask = Envelope.of(
                "demo",
                chat.id(),
                null,
                Actor.bot,
                "order-service",
                null,
                null,
                new BotReplied(
                        "亲，订单已付款，麻烦核对一下收货信息：张**，138****5678，浙江省杭州市西湖区****",
                        "address_change",
                        List.of("确认，地址没问题", "我要改地址"),
                        null));
        TopicProbe.send(Topics.REPLIES, chat.id(), EventJson.write(ask));
        chat.awaitItems(3);
        ConsumerRecord<String, String> stage = TopicProbe.await(
                Topics.CONVERSATION_EVENTS,
                chat.id(),
                v -> v.contains("StageChanged") && v.contains("stage_replied"),
                WAIT);
        assertThat(stage.value()).contains("\"to\":\"order\"");
        chat.say("好的").statusCode(202);
        ConsumerRecord<String, String> routed =
                TopicProbe.await(Topics.ROUTED_ORDER, chat.id(), v -> v.contains("好的"), WAIT);
        assertThat(((MessageRouted) EventJson.read(routed.value()).payload()).stage())
                .isEqualTo(Stage.order);
    }

    @Test
    void aStageServicesReplyJoinsTheTranscriptOnceEvenIfRedelivered() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("能便宜点吗").statusCode(202);
        chat.awaitItems(2);
        Envelope reply = Envelope.of(
                "demo",
                chat.id(),
                null,
                Actor.bot,
                "negotiation-service",
                null,
                null,
                new BotReplied("亲，这款已经是活动价了，给您申请了一份小礼物～", "bargain", List.of("好的", "再看看"), null));
        TopicProbe.send(Topics.REPLIES, chat.id(), EventJson.write(reply));
        TopicProbe.send(Topics.REPLIES, chat.id(), EventJson.write(reply));
        List<Map<String, Object>> items = chat.awaitItems(3);
        assertThat(items.get(2))
                .containsEntry("text", "亲，这款已经是活动价了，给您申请了一份小礼物～")
                .containsEntry("intent", "bargain");
        assertThat(items.get(2).get("quickReplies")).isEqualTo(List.of("好的", "再看看"));
        Thread.sleep(1500);
        assertThat(chat.transcript()).hasSize(3);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        Chat chat = Chat.open("demo");
        TopicProbe.send(Topics.REPLIES, chat.id(), "this is not an event {");
        ConsumerRecord<String, String> dead =
                TopicProbe.await(Topics.deadLetter(Topics.REPLIES), chat.id(), v -> v.contains("not an event"), WAIT);
        assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
        Envelope reply = Envelope.of(
                "demo",
                chat.id(),
                null,
                Actor.bot,
                "order-service",
                null,
                null,
                new BotReplied("亲，您的包裹已经在路上了～", "logistics", List.of(), null));
        TopicProbe.send(Topics.REPLIES, chat.id(), EventJson.write(reply));
        assertThat(chat.awaitItems(1).get(0).get("text")).isEqualTo("亲，您的包裹已经在路上了～");
    }

    @Test
    void customerMessagesAreReportedForAnalystsWithoutPhoneNumbers() throws Exception {
        Chat chat = Chat.open("demo");
        chat.say("我的电话是13912345678").statusCode(202);
        ConsumerRecord<String, String> record = TopicProbe.await(
                Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("CustomerMessageReceived"), WAIT);
        assertThat(Schemas.of(EventType.CustomerMessageReceived)
                        .validate(EventJson.mapper().readTree(record.value())))
                .isEmpty();
        assertThat(record.value()).contains("139****5678").doesNotContain("13912345678");
        assertThat(UUID.fromString(EventJson.read(record.value()).eventId().toString()))
                .isNotNull();
    }
}
