package com.dianxiaoer.nlu.bench;

import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The memory a JVM needs with the classifier loaded and busy: loads it, classifies the test split 20 times on two
 * threads (so ONNX Runtime's buffers reach their steady size), then prints VmRSS / VmHWM from /proc/self/status and the
 * heap in use. Run by {@code bench/nlu/rss.sh} (with -Xmx256m, like a service would).
 */
public final class MemoryCheck {
    private MemoryCheck() {}

    public static void main(String[] args) throws Exception {
        print("JVM started");
        long t0 = System.nanoTime();
        try (IntentModel classifier = new IntentModel()) {
            System.out.printf(Locale.ROOT, "classifier constructed in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            print("model loaded");
            List<BenchMessages.Message> test = BenchMessages.load();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> work =
                    List.of(pool.submit(() -> run(classifier, test)), pool.submit(() -> run(classifier, test)));
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            classifier.setExamples("shop-a", Map.of(Intent.size_spec, List.of("能刻字吗", "可以刻名字吗")));
            print("after 2 x 10 passes over the test split on two threads");
            System.gc();
            print("after a GC");
        }
    }

    private static void run(IntentModel classifier, List<BenchMessages.Message> test) {
        for (int i = 0; i < 10; i++) {
            for (BenchMessages.Message m : test) {
                classifier.classify("demo", m.text(), m.context());
            }
        }
    }

    private static void print(String when) throws Exception {
        String rss = "?";
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).trim();
            } else if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).trim();
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "%-55s VmRSS %-12s VmHWM %-12s heap used %d MB of %d MB committed (max %d MB)%n",
                when,
                rss,
                hwm,
                (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.totalMemory() >> 20,
                rt.maxMemory() >> 20);
    }
}
