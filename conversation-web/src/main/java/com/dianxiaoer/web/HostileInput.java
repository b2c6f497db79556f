package com.dianxiaoer.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Input no shop, customer or agent ever sends is refused at the edge, in every service, before it reaches a query: a
 * control character in a path id or a parameter (a "%00" once reached PostgreSQL, which cannot store NUL, as a 500),
 * and a NUL inside any text of a JSON body.
 */
@Singleton
public class HostileInput implements ObjectMapperCustomizer {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        if (hasControl(request.getUriInfo().getPath())) {
            return Optional.of(ErrorMappers.error(400, "invalid_request", "a path may not contain control characters"));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (hasControl(e.getKey()) || e.getValue().stream().anyMatch(HostileInput::hasControl)) {
                return Optional.of(
                        ErrorMappers.error(400, "invalid_request", "a parameter may not contain control characters"));
            }
        }
        return Optional.empty();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-in-text").addDeserializer(String.class, new NoNul()));
    }

    static boolean hasControl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Text as Jackson reads it, except that a NUL (which no database column takes) makes the body invalid. */
    static final class NoNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String)
                        ctxt.handleWeirdStringValue(String.class, value, "text may not contain a NUL character");
            }
            return value;
        }
    }
}
