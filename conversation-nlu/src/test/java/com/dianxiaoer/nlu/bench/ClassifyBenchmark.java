package com.dianxiaoer.nlu.bench;

import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.IntentModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code IntentModel.classify} over the written test split's messages in turn, each with a bot turn as context
 * ({@link BenchMessages}). No cache anywhere: every call runs the model. Run by {@code bench/nlu/jmh.sh}: sample-time
 * mode on one thread for the latency percentiles, throughput on two.
 */
@State(Scope.Benchmark)
public class ClassifyBenchmark {
    IntentModel model;
    BenchMessages.Message[] messages;

    @Setup(Level.Trial)
    public void load() throws Exception {
        model = new IntentModel();
        messages = BenchMessages.load().toArray(BenchMessages.Message[]::new);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        model.close();
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
        BenchMessages.Message m = state.messages[Math.floorMod(cursor.next++, state.messages.length)];
        return state.model.classify("demo", m.text(), m.context());
    }
}
