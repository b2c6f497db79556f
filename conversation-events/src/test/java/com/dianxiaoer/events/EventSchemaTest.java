package com.dianxiaoer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dianxiaoer.events.payload.MessageRouted;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventSchemaTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeRoundTripsAndMatchesItsSchema(EventType type) {
        Envelope sample = EventSamples.sample(type);
        assertThat(EventType.of(sample.payload())).isEqualTo(type);

        String json = EventJson.write(sample);

        assertThat(Schemas.of(type).validate(json, InputFormat.JSON)).isEmpty();
        assertThat(EventJson.read(json)).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaIsNamedAfterItsTypeAndVersion(EventType type) {
        JsonNode schema = Schemas.of(type).getSchemaNode();

        assertThat(schema.path("$id").asText()).isEqualTo("https://dianxiaoer.dev" + type.schemaResource());
        assertThat(schema.path("title").asText()).startsWith(type.name());
        assertThat(schema.path("description").asText()).isNotBlank();
        assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type.name());
        assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(type.schemaVersion());
    }

    @Test
    void rejectsARecordWithoutConversationId() {
        ObjectNode json = sampleJson(EventType.BotReplied);
        json.remove("conversationId");

        assertThat(validate(EventType.BotReplied, json))
                .anySatisfy(m -> assertThat(m.getMessage()).contains("conversationId"));
    }

    @Test
    void rejectsAnUnknownActor() {
        ObjectNode json = sampleJson(EventType.BotReplied);
        json.put("actor", "robot");

        assertThat(validate(EventType.BotReplied, json))
                .anySatisfy(m -> assertThat(m.getInstanceLocation().toString()).contains("actor"));
    }

    @Test
    void rejectsAnotherTypesRecord() {
        ObjectNode json = sampleJson(EventType.StageChanged);

        assertThat(validate(EventType.BotReplied, json)).isNotEmpty();
    }

    @Test
    void rejectsAStageOutsideTheEnum() {
        ObjectNode json = sampleJson(EventType.StageChanged);
        ((ObjectNode) json.get("payload")).put("to", "shipping");

        assertThat(validate(EventType.StageChanged, json))
                .anySatisfy(m -> assertThat(m.getInstanceLocation().toString()).contains("to"));
    }

    @Test
    void rejectsAnEventIdThatIsNotAUuid() {
        ObjectNode json = sampleJson(EventType.BotReplied);
        json.put("eventId", "42");

        assertThat(validate(EventType.BotReplied, json))
                .anySatisfy(m -> assertThat(m.getInstanceLocation().toString()).contains("eventId"));
    }

    @Test
    void aRoutedComplaintNamesWhatItIsAboutWithTheSchemasCategories() {
        JsonNode categories = Schemas.of(EventType.MessageRouted)
                .getSchemaNode()
                .at("/properties/payload/properties/complaintCategory/enum");
        Set<String> listed = new HashSet<>();
        categories.forEach(c -> listed.add(c.asText()));
        assertThat(listed).isEqualTo(MessageRouted.COMPLAINT_CATEGORIES);

        Envelope complaint = EventSamples.envelope(
                null,
                Actor.system,
                "greeting-service",
                new MessageRouted(
                        "msg-4",
                        4,
                        "洗了一次就不能穿了",
                        "complaint",
                        0.9,
                        null,
                        Stage.aftersales,
                        "sku-1001",
                        List.of(),
                        null,
                        "quality"));
        String json = EventJson.write(complaint);
        assertThat(Schemas.of(EventType.MessageRouted).validate(json, InputFormat.JSON))
                .isEmpty();
        assertThat(EventJson.read(json)).isEqualTo(complaint);

        ObjectNode unknown = EventJson.mapper().valueToTree(complaint);
        ((ObjectNode) unknown.get("payload")).put("complaintCategory", "bad_mood");
        assertThat(validate(EventType.MessageRouted, unknown))
                .anySatisfy(m -> assertThat(m.getInstanceLocation().toString()).contains("complaintCategory"));
        assertThatThrownBy(() -> new MessageRouted(
                        "msg-4", 4, "x", "complaint", 0.9, null, Stage.aftersales, null, List.of(), null, "bad_mood"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsFieldsAddedLater() {
        ObjectNode json = sampleJson(EventType.BotReplied);
        json.put("tenantRegion", "cn-hangzhou");
        ((ObjectNode) json.get("payload")).put("emoji", "😊");

        assertThat(validate(EventType.BotReplied, json)).isEmpty();
    }

    private static ObjectNode sampleJson(EventType type) {
        return EventJson.mapper().valueToTree(EventSamples.sample(type));
    }

    private static Set<ValidationMessage> validate(EventType type, JsonNode json) {
        JsonSchema schema = Schemas.of(type);
        return schema.validate(json);
    }
}
