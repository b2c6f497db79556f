package com.dianxiaoer.events;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads an event type's JSON Schema from the classpath, the way a consumer's contract test would. */
public final class Schemas {
    // The $ids name a host that does not exist; map it to the classpath so "$ref": "envelope.v1.json" never
    // goes to the network.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                    builder.schemaMappers(m -> m.mapPrefix("https://dianxiaoer.dev/schemas/", "classpath:schemas/")));
    // 2020-12 treats "format" as an annotation only; we want uuid and date-time checked.
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private Schemas() {}

    public static JsonSchema of(EventType type) {
        return at(type.schemaResource());
    }

    /** A schema of a record that is no event (insights-service's outcomes and figures): /schemas/&lt;name&gt;.v1.json. */
    public static JsonSchema named(String name) {
        return at("/schemas/" + name + ".v1.json");
    }

    private static JsonSchema at(String resource) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath at " + resource);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
