package com.dianxiaoer.greeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.nlu.Intent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysts and the stage services validate routed messages against the envelope's schema: it must know every intent. */
class IntentSchemaTest {
    @Test
    void everyIntentTheFrontDeskCanRouteIsNamedInTheEventSchema() throws IOException {
        JsonNode schema;
        try (InputStream in = IntentSchemaTest.class.getResourceAsStream("/schemas/envelope.v1.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> named = new ArrayList<>();
        schema.at("/$defs/intent/enum").forEach(n -> named.add(n.asText()));
        assertThat(named)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Intent.values()).map(Intent::name).toList());
    }
}
