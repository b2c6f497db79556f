package com.dianxiaoer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.StageChanged;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {
    private static final Envelope REPLY = EventSamples.sample(EventType.BotReplied);

    @Test
    void writesTheTypeOnceAndBeforeThePayload() {
        String json = EventJson.write(REPLY);

        assertThat(json)
                .startsWith("{\"eventId\":\"" + REPLY.eventId() + "\",\"type\":\"BotReplied\",\"schemaVersion\":1,");
        assertThat(json.split("\"type\"", -1)).hasSize(2);
        assertThat(REPLY.type()).isEqualTo("BotReplied");
    }

    @Test
    void writesOccurredAtAsIsoUtc() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);

        assertThat(json.get("occurredAt").isTextual()).isTrue();
        assertThat(json.get("occurredAt").asText()).isEqualTo("2025-06-18T08:30:00.123Z");
    }

    @Test
    void writesChineseTextAsIs() {
        assertThat(EventJson.write(REPLY)).contains("亲，这款已经是活动价了");
    }

    @Test
    void ignoresAnUnknownEnvelopeField() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);
        json.put("addedInAFutureRelease", "x");

        assertThat(EventJson.read(json.toString())).isEqualTo(REPLY);
    }

    @Test
    void readsTheTypeWhereverItStandsInTheRecord() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);
        json.remove("type");
        json.put("type", "BotReplied");

        assertThat(EventJson.read(json.toString())).isEqualTo(REPLY);
    }

    @Test
    void rejectsAnUnknownType() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);
        json.put("type", "PriceHaggled");

        assertThatThrownBy(() -> EventJson.read(json.toString()))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("PriceHaggled");
    }

    @Test
    void rejectsASchemaVersionNewerThanKnown() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);
        json.put("schemaVersion", EventType.BotReplied.schemaVersion() + 1);

        assertThatThrownBy(() -> EventJson.read(json.toString()))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("schemaVersion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "能便宜点吗", "{\"eventId\":", "null", "[]", "42"})
    void rejectsWhatIsNotAnEnvelope(String text) {
        assertThatThrownBy(() -> EventJson.read(text)).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> EventJson.read(null)).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void rejectsARecordWithoutConversationId() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);
        json.remove("conversationId");

        assertThatThrownBy(() -> EventJson.read(json.toString()))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("conversationId");
    }

    @Test
    void rejectsAPayloadThatDoesNotMatchItsType() {
        ObjectNode json = EventJson.mapper().valueToTree(REPLY);
        json.put("type", "StageChanged");

        assertThatThrownBy(() -> EventJson.read(json.toString())).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void anEnvelopeCannotNameAnotherTypeThanItsPayload() {
        assertThatThrownBy(() -> new Envelope(
                        UUID.randomUUID(),
                        "StageChanged",
                        1,
                        EventSamples.AT,
                        "demo",
                        "conv-42",
                        null,
                        null,
                        null,
                        "negotiation-service",
                        Actor.bot,
                        new BotReplied("好的", null, List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("StageChanged");
    }

    @Test
    void aCausedEventKeepsConversationAndCorrelation() {
        Envelope routed = EventSamples.sample(EventType.MessageRouted);

        Envelope changed = routed.cause(
                null, Actor.system, "greeting-service", new StageChanged(Stage.greeting, Stage.negotiation, "routed"));

        assertThat(changed.type()).isEqualTo("StageChanged");
        assertThat(changed.causationId()).isEqualTo(routed.eventId());
        assertThat(changed.correlationId()).isEqualTo(routed.correlationId());
        assertThat(changed.key()).isEqualTo(routed.conversationId());
        assertThat(EventJson.read(EventJson.write(changed))).isEqualTo(changed);
    }

    @Test
    void aRoutedMessageNamesTheFirstEntityOfAType() {
        var routed = (com.dianxiaoer.events.payload.MessageRouted)
                EventSamples.sample(EventType.MessageRouted).payload();

        assertThat(routed.entity("amount")).contains("120");
        assertThat(routed.entity("quantity")).contains("2");
        assertThat(routed.entity("order_number")).isEmpty();
        assertThat(EventJson.write(EventSamples.sample(EventType.MessageRouted)))
                .doesNotContain("\"entity\"");
    }
}
