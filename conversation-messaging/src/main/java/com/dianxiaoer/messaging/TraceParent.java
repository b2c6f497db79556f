package com.dianxiaoer.messaging;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current trace as a W3C {@code traceparent} string and back: the form a trace survives a database row in,
 * between the transaction that writes an outbox row and the relay thread that sends it.
 */
final class TraceParent {
    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {}

    /** The current span's traceparent, or null when nothing is traced (tracing off, or no span). */
    static String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    static Optional<Context> context(String traceParent) {
        if (traceParent == null) {
            return Optional.empty();
        }
        return Optional.of(W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, GETTER));
    }
}
