package com.dianxiaoer.nlu.bench;

import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.EmbeddingIntentClassifier;
import com.dianxiaoer.nlu.EmbeddingIntentClassifier.LabelledMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code EmbeddingIntentClassifier.classify} over the test split's 365 messages in turn (short and long, one clause and
 * several, traditional, emoji: the mix the accuracy is measured on). No cache anywhere: every call runs the model.
 * Run by {@code bench/nlu/jmh.sh}: sample-time mode on one thread for the latency percentiles, throughput on two.
 */
@State(Scope.Benchmark)
public class ClassifyBenchmark {
    EmbeddingIntentClassifier classifier;
    String[] messages;

    @Setup(Level.Trial)
    public void load() throws Exception {
        classifier = new EmbeddingIntentClassifier();
        try (var in = new InputStreamReader(ClassifyBenchmark.class.getResourceAsStream("/nlu/test.tsv"), StandardCharsets.UTF_8)) {
            List<LabelledMessage> test = LabelledMessage.read(in);
            messages = test.stream().map(LabelledMessage::text).toArray(String[]::new);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        classifier.close();
    }

    /** Each benchmark thread walks the messages from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 97);
        }
    }

    @Benchmark
    public Classification classify(ClassifyBenchmark state, Cursor cursor) {
        String[] m = state.messages;
        return state.classifier.classify(m[Math.floorMod(cursor.next++, m.length)]);
    }
}
