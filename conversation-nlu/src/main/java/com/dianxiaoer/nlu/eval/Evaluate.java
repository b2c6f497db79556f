package com.dianxiaoer.nlu.eval;

import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.EmbeddingIntentClassifier;
import com.dianxiaoer.nlu.EmbeddingIntentClassifier.LabelledMessage;
import com.dianxiaoer.nlu.EmbeddingIntentClassifier.Settings;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.KeywordIntentClassifier;
import com.dianxiaoer.nlu.SentenceEncoder;
import com.dianxiaoer.nlu.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The evaluation command of conversation-nlu. Modes:
 * <ul>
 *   <li>(default) {@code test}: the embedding classifier with its bundled examples (the training split,
 *       {@code nlu/examples.tsv}) and the keyword fallback, both on the test split ({@code nlu/test.tsv}) that no
 *       classifier learns from;</li>
 *   <li>{@code cv}: 5-fold cross-validation on the training split only, for choosing settings without looking at the test
 *       split; {@code sweep} prints cross-validated accuracy and clarify share over a grid of settings.</li>
 * </ul>
 * Run it with {@code bench/nlu/evaluate.sh [test|cv|sweep]}.
 */
public final class Evaluate {
    private static final List<String> TEST_PATHS = List.of("conversation-nlu/src/test/resources/nlu/test.tsv", "src/test/resources/nlu/test.tsv");
    private static final List<String> TRAIN_PATHS = List.of("conversation-nlu/src/main/resources/nlu/examples.tsv", "src/main/resources/nlu/examples.tsv");
    private static final int FOLDS = 5;
    /** {@code quickMargin} that never lets the first layer answer alone. */
    private static final double FULL = Double.POSITIVE_INFINITY;

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "test";
        List<LabelledMessage> train = load(TRAIN_PATHS, "/nlu/examples.tsv");
        switch (mode) {
            case "test" -> test(train, load(TEST_PATHS, "/nlu/test.tsv"));
            case "cv" -> {
                try (SentenceEncoder model = new SentenceEncoder()) {
                    Report r = crossValidate(train, caching(model), Settings.DEFAULT);
                    System.out.println("5-fold cross-validation on the training split (" + train.size() + " messages; the seeds are always learnt from), default settings " + Settings.DEFAULT);
                    r.print(System.out);
                }
            }
            case "sweep" -> sweep(train);
            default -> throw new IllegalArgumentException("mode is test, cv or sweep");
        }
        System.exit(0);
    }

    private static void test(List<LabelledMessage> train, List<LabelledMessage> test) throws Exception {
        System.out.printf("Training split: %d messages (the embedding classifier's examples); test split: %d messages, never learnt from.%n",
                train.size(), test.size());
        long t0 = System.nanoTime();
        try (EmbeddingIntentClassifier embedding = new EmbeddingIntentClassifier()) {
            System.out.printf("Embedding classifier loaded in %.1f s; settings %s%n%n", (System.nanoTime() - t0) / 1e9, embedding.settings());
            warmUp(embedding, test);
            Report e = run(embedding, test);
            System.out.println("== EmbeddingIntentClassifier (bge-small-zh-v1.5, first-layer early exit, centroid + k-nearest, margin rule) on the test split");
            e.print(System.out);
        }
        KeywordIntentClassifier keyword = new KeywordIntentClassifier();
        warmUp(keyword, test);
        Report k = run(keyword, test);
        System.out.println();
        System.out.println("== KeywordIntentClassifier (the fallback) on the test split");
        k.print(System.out);
    }

    private static void sweep(List<LabelledMessage> train) throws Exception {
        try (SentenceEncoder model = new SentenceEncoder()) {
            EmbeddingIntentClassifier.Encoder cached = caching(model);
            Settings d = Settings.DEFAULT;
            System.out.println("-- quick reading: the first layer answers alone when its margin is at least quickMargin (the rest uses the defaults)");
            for (double q : new double[] {0.005, 0.01, 0.015, 0.02, 0.03, 0.05, FULL}) {
                line(String.format(Locale.ROOT, "quickMargin=%.3f", q), crossValidate(train, cached, d.withQuickMargin(q)));
            }
            System.out.println("-- quick temperature: mean confidence of the first layer's answers, against the full reading's for the same messages");
            Report fullOnly = crossValidate(train, cached, d.withQuickMargin(FULL));
            for (double t : new double[] {0.01, 0.015, 0.02, 0.023, 0.025, 0.03, 0.05}) {
                Report quick = crossValidate(train, cached, d.withQuickTemperature(t));
                double quickSum = 0;
                double fullSum = 0;
                int n = 0;
                for (int i = 0; i < quick.outcomes().size(); i++) {
                    if (quick.outcomes().get(i).readBy() == ReadBy.QUICK) {
                        quickSum += quick.outcomes().get(i).result().confidence();
                        fullSum += fullOnly.outcomes().get(i).result().confidence();
                        n++;
                    }
                }
                System.out.printf(Locale.ROOT, "quickTemperature=%.3f   first layer %.3f   full reading %.3f   (%d messages)%n", t, quickSum / n, fullSum / n, n);
            }
            System.out.println("The settings below score the full reading; they were chosen before the quick reading existed, so it is off (quickMargin=inf).");
            System.out.println("5-fold cross-validation on the training split; accuracy / clarify share / accuracy of answered");
            System.out.println("-- scoring: centroid weight x k (margin " + d.margin() + ")");
            for (double w : new double[] {1.0, 0.75, 0.5, 0.25, 0.0}) {
                for (int k : new int[] {1, 2, 3, 5}) {
                    if (w == 1.0 && k > 1) {
                        continue;
                    }
                    line(String.format(Locale.ROOT, "w=%.2f k=%d", w, k), crossValidate(train, cached,
                            new Settings(w, k, d.margin(), d.minScore(), d.clauseMargin(), d.clauseMinScore(), d.temperature(), d.cueWeight(), FULL, d.quickTemperature())));
                }
            }
            System.out.println("-- joint grid (clause rule fixed at the default); cost = wrong answers + half the questions back");
            Report bestReport = null;
            String bestLabel = null;
            for (double w : new double[] {0.75, 0.5, 0.25}) {
                for (int k : new int[] {1, 2}) {
                    for (double cw : new double[] {0.03, 0.06, 0.1}) {
                        for (double m : new double[] {0.0, 0.01, 0.015, 0.02, 0.03}) {
                            String label = String.format(Locale.ROOT, "w=%.2f k=%d cue=%.2f margin=%.3f", w, k, cw, m);
                            Report r = crossValidate(train, cached,
                                    new Settings(w, k, m, d.minScore(), d.clauseMargin(), d.clauseMinScore(), d.temperature(), cw, FULL, d.quickTemperature()));
                            line(label, r);
                            if (bestReport == null || r.cost() < bestReport.cost()) {
                                bestReport = r;
                                bestLabel = label;
                            }
                        }
                    }
                }
            }
            System.out.println("lowest cost: " + bestLabel);
            System.out.println("-- keyword cue weight");
            for (double cw : new double[] {0.0, 0.03, 0.06, 0.1, 0.15}) {
                line(String.format(Locale.ROOT, "cueWeight=%.2f", cw), crossValidate(train, cached,
                        new Settings(d.centroidWeight(), d.k(), d.margin(), d.minScore(), d.clauseMargin(), d.clauseMinScore(), d.temperature(), cw, FULL, d.quickTemperature())));
            }
            System.out.println("-- margin (default scoring)");
            for (double m : new double[] {0.0, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05}) {
                line(String.format(Locale.ROOT, "margin=%.3f", m), crossValidate(train, cached,
                        new Settings(d.centroidWeight(), d.k(), m, d.minScore(), d.clauseMargin(), d.clauseMinScore(), d.temperature(), d.cueWeight(), FULL, d.quickTemperature())));
            }
            System.out.println("-- minScore");
            for (double m : new double[] {0.0, 0.4, 0.45, 0.5, 0.55}) {
                line(String.format(Locale.ROOT, "minScore=%.2f", m), crossValidate(train, cached,
                        new Settings(d.centroidWeight(), d.k(), d.margin(), m, d.clauseMargin(), d.clauseMinScore(), d.temperature(), d.cueWeight(), FULL, d.quickTemperature())));
            }
            System.out.println("-- clause rule: clauseMargin x clauseMinScore (multi = primary right & secondary found on multi-intent rows)");
            for (double cm : new double[] {0.0, 0.02, 0.03, 0.05, 1.0}) {
                for (double cs : new double[] {0.5, 0.6, 0.65, 0.7}) {
                    line(String.format(Locale.ROOT, "clauseMargin=%.2f clauseMin=%.2f", cm, cs), crossValidate(train, cached,
                            new Settings(d.centroidWeight(), d.k(), d.margin(), d.minScore(), cm, cs, d.temperature(), d.cueWeight(), FULL, d.quickTemperature())));
                }
            }
        }
    }

    private static void line(String label, Report r) {
        System.out.printf(Locale.ROOT, "%-40s acc %5.1f%%  clarify %5.1f%%  answered-acc %5.1f%%  cost %.3f  multi %d/%d  false-secondary %d  first-layer-only %5.1f%%%n", label,
                100 * r.accuracy(), 100 * r.clarifyShare(), 100 * r.answeredAccuracy(), r.cost(), r.multiBoth(), r.multiCount(), r.falseSecondary(),
                100 * r.share(o -> o.readBy() == ReadBy.QUICK));
    }

    /** Stratified folds fixed by position within each intent, so every run sees the same folds. */
    static Report crossValidate(List<LabelledMessage> train, EmbeddingIntentClassifier.Encoder encoder, Settings settings) {
        Map<String, Integer> seen = new HashMap<>();
        int[] fold = new int[train.size()];
        for (int i = 0; i < train.size(); i++) {
            String group = train.get(i).secondary() != null ? "multi" : train.get(i).intent().name();
            fold[i] = (seen.merge(group, 1, Integer::sum) - 1) % FOLDS;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
            for (LabelledMessage seed : EmbeddingIntentClassifier.seedExamples()) {
                examples.computeIfAbsent(seed.intent(), x -> new ArrayList<>()).add(seed.text());
            }
            List<LabelledMessage> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                LabelledMessage m = train.get(i);
                if (fold[i] == f) {
                    held.add(m);
                } else if (m.secondary() == null) {
                    examples.computeIfAbsent(m.intent(), x -> new ArrayList<>()).add(m.text());
                }
            }
            EmbeddingIntentClassifier c = new EmbeddingIntentClassifier(encoder, examples, settings);
            for (LabelledMessage m : held) {
                EmbeddingIntentClassifier.ReadingCounts before = c.readingCounts();
                Classification result = c.classify(m.text());
                outcomes.add(new Outcome(m, result, 0, 0, ReadBy.between(before, c.readingCounts())));
            }
        }
        return new Report(outcomes);
    }

    /** A few passes first, so that the latency line is not the JIT's. */
    private static void warmUp(IntentClassifier classifier, List<LabelledMessage> messages) {
        for (int i = 0; i < 3; i++) {
            for (LabelledMessage m : messages) {
                classifier.classify(m.text());
            }
        }
    }

    static Report run(IntentClassifier classifier, List<LabelledMessage> messages) {
        List<Outcome> outcomes = new ArrayList<>();
        EmbeddingIntentClassifier counted = classifier instanceof EmbeddingIntentClassifier e ? e : null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (LabelledMessage m : messages) {
            EmbeddingIntentClassifier.ReadingCounts before = counted == null ? null : counted.readingCounts();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Classification c = classifier.classify(m.text());
            long wall = System.nanoTime() - t;
            long cpuTime = threads.getCurrentThreadCpuTime() - cpu;
            outcomes.add(new Outcome(m, c, wall, cpuTime, counted == null ? ReadBy.NOT_RECORDED : ReadBy.between(before, counted.readingCounts())));
        }
        return new Report(outcomes);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2] + " on " + Runtime.getRuntime().availableProcessors() + " CPUs";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The model's quick and full vectors of each text, computed once: cross-validation reads every message many times.
     * A batch is looked up text by text, which matches a batched run up to rounding.
     */
    static EmbeddingIntentClassifier.Encoder caching(SentenceEncoder model) {
        Map<String, float[][]> cache = new ConcurrentHashMap<>();
        return new EmbeddingIntentClassifier.Encoder() {
            private float[][] both(String text) {
                return cache.computeIfAbsent(text, t -> {
                    EmbeddingIntentClassifier.Reading r = model.read(List.of(t));
                    return new float[][] {r.quick()[0], r.full()[0]};
                });
            }

            @Override
            public float[] encode(String text) {
                return both(text)[1];
            }

            @Override
            public EmbeddingIntentClassifier.Reading read(List<String> texts) {
                float[][] quick = texts.stream().map(t -> both(t)[0]).toArray(float[][]::new);
                return EmbeddingIntentClassifier.Reading.of(quick, () -> texts.stream().map(t -> both(t)[1]).toArray(float[][]::new));
            }
        };
    }

    /** How much of the model a message needed. */
    enum ReadBy {
        NOT_RECORDED, RULE, QUICK, FULL;

        /** How the one message classified between two snapshots of the counts was read. */
        static ReadBy between(EmbeddingIntentClassifier.ReadingCounts before, EmbeddingIntentClassifier.ReadingCounts after) {
            return after.byAllLayers() > before.byAllLayers() ? FULL : after.byFirstLayer() > before.byFirstLayer() ? QUICK : RULE;
        }
    }

    static List<LabelledMessage> load(List<String> paths, String resource) throws IOException {
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.exists(path)) {
                try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    return LabelledMessage.read(r);
                }
            }
        }
        try (InputStream in = Evaluate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + paths + " nor " + resource + " on the classpath");
            }
            return LabelledMessage.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    // ------------------------------------------------------------------------------------------------ the report

    /** The normalised letters of every example the embedding classifier learns from (training split and seeds). */
    private static final java.util.Set<String> LEARNT = EmbeddingIntentClassifier.bundledExamples().values().stream()
            .flatMap(List::stream).map(Evaluate::key).collect(Collectors.toSet());

    private static String key(String text) {
        return TextNormalizer.lettersOnly(TextNormalizer.normalize(text));
    }

    record Outcome(LabelledMessage message, Classification result, long nanos, long cpuNanos, ReadBy readBy) {
        boolean clarify() {
            return result.intent() == Intent.other && !result.alternatives().isEmpty();
        }

        /** Answered with the labelled intent; a question back to the customer is never counted right. */
        boolean correct() {
            return !clarify() && result.intent() == message.intent();
        }
    }

    /** Every number the README quotes, from one list of outcomes. */
    public record Report(List<Outcome> outcomes) {
        public double accuracy() {
            return share(Outcome::correct);
        }

        public double clarifyShare() {
            return share(Outcome::clarify);
        }

        /** What the settings are chosen by: a wrong answer costs 1, a question back to the customer 0.5. */
        public double cost() {
            return share(o -> !o.correct() && !o.clarify()) + 0.5 * clarifyShare();
        }

        public double answeredAccuracy() {
            List<Outcome> answered = outcomes.stream().filter(o -> !o.clarify()).toList();
            return answered.isEmpty() ? 0 : answered.stream().filter(Outcome::correct).count() / (double) answered.size();
        }

        int multiCount() {
            return (int) outcomes.stream().filter(o -> o.message().secondary() != null).count();
        }

        int multiBoth() {
            return (int) outcomes.stream().filter(o -> o.message().secondary() != null && o.correct()
                    && o.result().secondary() == o.message().secondary()).count();
        }

        int falseSecondary() {
            return (int) outcomes.stream().filter(o -> o.message().secondary() == null && !o.clarify() && o.result().secondary() != null).count();
        }

        double share(Predicate<Outcome> p) {
            return outcomes.isEmpty() ? 0 : outcomes.stream().filter(p).count() / (double) outcomes.size();
        }

        void print(java.io.PrintStream out) {
            int n = outcomes.size();
            long correct = outcomes.stream().filter(Outcome::correct).count();
            long clarify = outcomes.stream().filter(Outcome::clarify).count();
            out.printf(Locale.ROOT, "messages %d   accuracy %.1f%% (%d/%d)   answered %.1f%%   asked to clarify %.1f%% (%d)   accuracy of the answered %.1f%%%n",
                    n, 100.0 * correct / n, correct, n, 100.0 * (n - clarify) / n, 100.0 * clarify / n, clarify, 100 * answeredAccuracy());
            int multi = multiCount();
            long primaryRight = outcomes.stream().filter(o -> o.message().secondary() != null && o.correct()).count();
            out.printf(Locale.ROOT, "multi-intent messages %d: primary right %d, primary and secondary both right %d; single-intent messages given a spurious secondary: %d%n",
                    multi, primaryRight, multiBoth(), falseSecondary());
            if (outcomes.stream().anyMatch(o -> o.nanos() > 0)) {
                long[] ns = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
                long[] cpu = outcomes.stream().mapToLong(Outcome::cpuNanos).sorted().toArray();
                out.printf(Locale.ROOT, "time per message in this run (one thread; informational, JMH in bench/nlu is the benchmark): wall mean %.2f ms, p50 %.2f, p99 %.2f;"
                                + " CPU mean %.2f ms, p50 %.2f, p99 %.2f (machine load average %s)%n",
                        Arrays.stream(ns).average().orElse(0) / 1e6, ns[ns.length / 2] / 1e6, ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)] / 1e6,
                        Arrays.stream(cpu).average().orElse(0) / 1e6, cpu[cpu.length / 2] / 1e6, cpu[(int) Math.min(cpu.length - 1, Math.ceil(cpu.length * 0.99) - 1)] / 1e6,
                        loadAverage());
            }
            if (outcomes.stream().anyMatch(o -> o.readBy() != ReadBy.NOT_RECORDED)) {
                out.printf(Locale.ROOT, "read by a rule only %.1f%%, answered from the model's first layer %.1f%%, read by all four layers %.1f%%%n",
                        100 * share(o -> o.readBy() == ReadBy.RULE), 100 * share(o -> o.readBy() == ReadBy.QUICK), 100 * share(o -> o.readBy() == ReadBy.FULL));
            }
            out.println();
            out.println("intent            support  precision  recall  clarified");
            for (Intent intent : Intent.values()) {
                long support = outcomes.stream().filter(o -> o.message().intent() == intent).count();
                long predicted = outcomes.stream().filter(o -> o.result().intent() == intent && !o.clarify()).count();
                long tp = outcomes.stream().filter(o -> o.message().intent() == intent && o.result().intent() == intent && !o.clarify()).count();
                long clarified = outcomes.stream().filter(o -> o.message().intent() == intent && o.clarify()).count();
                out.printf(Locale.ROOT, "%-17s %7d  %9s  %6s  %9d%n", intent, support,
                        predicted == 0 ? "-" : String.format(Locale.ROOT, "%.2f", tp / (double) predicted),
                        support == 0 ? "-" : String.format(Locale.ROOT, "%.2f", tp / (double) support), clarified);
            }
            out.println();
            out.println("top confusion pairs (labelled → answered; 'clarify' = asked the customer to choose)");
            Map<String, List<String>> pairs = new HashMap<>();
            for (Outcome o : outcomes) {
                if (!o.correct()) {
                    String to = o.clarify() ? "clarify " + o.result().alternatives().stream().map(a -> a.intent().name())
                            .collect(Collectors.joining("/")) : o.result().intent().name();
                    pairs.computeIfAbsent(o.message().intent() + " → " + to, x -> new ArrayList<>()).add(o.message().text());
                }
            }
            pairs.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(15).forEach(e ->
                    out.printf(Locale.ROOT, "  %3d  %-34s e.g. %s%n", e.getValue().size(), e.getKey(),
                            e.getValue().stream().limit(3).collect(Collectors.joining(" | "))));
            out.println();
            out.println("by the way it is written                  messages  accuracy  clarify");
            slice(out, "traditional characters", o -> TextNormalizer.hasTraditional(o.message().text()));
            slice(out, "English mixed in", o -> o.message().text().matches("(?s).*[A-Za-zＡ-Ｚａ-ｚ]{2,}.*"));
            slice(out, "emoji or emoticon codes", o -> o.message().text().matches("(?s).*(\\[[^\\]]{1,5}]|/:|[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}]).*"));
            slice(out, "very short (<= 3 characters)", o -> TextNormalizer.lettersOnly(TextNormalizer.normalize(o.message().text())).length() <= 3);
            slice(out, "long (>= 25 characters)", o -> o.message().text().length() >= 25);
            slice(out, "multi-intent", o -> o.message().secondary() != null);
            slice(out, "same as a learnt example once normalised", o -> LEARNT.contains(key(o.message().text())));
            slice(out, "novel once normalised", o -> !LEARNT.contains(key(o.message().text())));
            slice(out, "answered from the first layer", o -> o.readBy() == ReadBy.QUICK);
            slice(out, "read by all four layers", o -> o.readBy() == ReadBy.FULL);
            slice(out, "all", o -> true);
        }

        private void slice(java.io.PrintStream out, String name, Predicate<Outcome> p) {
            List<Outcome> s = outcomes.stream().filter(p).toList();
            if (s.isEmpty()) {
                return;
            }
            out.printf(Locale.ROOT, "%-42s %8d  %7.1f%%  %6.1f%%%n", name, s.size(),
                    100.0 * s.stream().filter(Outcome::correct).count() / s.size(), 100.0 * s.stream().filter(Outcome::clarify).count() / s.size());
        }
    }
}
