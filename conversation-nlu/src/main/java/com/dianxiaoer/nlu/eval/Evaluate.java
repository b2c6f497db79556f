package com.dianxiaoer.nlu.eval;

import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.IntentModel;
import com.dianxiaoer.nlu.KeywordIntentClassifier;
import com.dianxiaoer.nlu.TurnContext;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The evaluation command of conversation-nlu, run by {@code bench/nlu/evaluate.sh}. Modes:
 * <ul>
 *   <li>{@code real FILE}: the model on labelled real shoppers' turns with their context, as
 *       {@code training/export_real.py} writes them from {@code ../shared/nlu/} (never from the repository);</li>
 *   <li>{@code test} (default): the model and the keyword fallback on our written test split ({@code nlu/test.tsv}),
 *       which nothing learns from.</li>
 * </ul>
 * Right means the answer is the labelled intent or its labelled second request; a question back to the customer is
 * never right; misrouted means answered and handed to a stage that owns neither label. Real text is never printed.
 */
public final class Evaluate {
    private static final List<String> TEST_PATHS =
            List.of("conversation-nlu/src/test/resources/nlu/test.tsv", "src/test/resources/nlu/test.tsv");

    private Evaluate() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "test";
        switch (mode) {
            case "real" -> real(Path.of(args[1]));
            case "test" -> test();
            default -> throw new IllegalArgumentException("mode is real FILE or test");
        }
        System.exit(0);
    }

    /**
     * Real turns are read chat by chat, in order, each in the context greeting-service would give it: the bot's previous
     * turn, and as topic the last request this classifier itself read in the chat (so an early mistake costs later).
     */
    private static void real(Path file) throws Exception {
        List<String[]> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .toList();
        try (IntentModel model = new IntentModel(IntentModel.Settings.fromSystemProperties())) {
            rows.stream().limit(50).forEach(r -> model.classify(r[4]));
            List<Outcome> outcomes = new ArrayList<>();
            Map<String, Intent> topic = new HashMap<>();
            for (String[] r : rows) {
                Intent last = topic.get(r[0]);
                LabelledMessage m = new LabelledMessage(
                        LabelledMessage.intent(r[1]),
                        r[4],
                        r[2].isBlank() ? null : LabelledMessage.intent(r[2]),
                        new TurnContext(last == null ? null : owner(last), last, r[3]));
                long t0 = System.nanoTime();
                Classification c = model.classify(null, m.text(), m.context());
                outcomes.add(new Outcome(m, c, System.nanoTime() - t0));
                if (c.intent().isRequest()) {
                    topic.put(r[0], c.intent());
                }
            }
            long chats = rows.stream().map(r -> r[0]).distinct().count();
            System.out.println("== IntentModel on " + rows.size() + " real turns of " + chats + " chats, settings "
                    + model.settings());
            new Report(outcomes).print(System.out, false);
        }
    }

    private static void test() throws Exception {
        List<LabelledMessage> test = load();
        try (IntentModel model = new IntentModel(IntentModel.Settings.fromSystemProperties())) {
            warmUp(model, test);
            System.out.println("== IntentModel on the written test split (" + test.size() + " messages), settings "
                    + model.settings());
            run(model, test).print(System.out, true);
        }
        KeywordIntentClassifier keyword = new KeywordIntentClassifier();
        System.out.println();
        System.out.println("== KeywordIntentClassifier (the fallback) on the written test split");
        run(keyword, test).print(System.out, true);
    }

    public static Report run(IntentClassifier classifier, List<LabelledMessage> messages) {
        return new Report(messages.stream()
                .map(m -> {
                    long t0 = System.nanoTime();
                    Classification c = classifier.classify(null, m.text(), m.context());
                    return new Outcome(m, c, System.nanoTime() - t0);
                })
                .toList());
    }

    private static void warmUp(IntentClassifier classifier, List<LabelledMessage> messages) {
        messages.stream().limit(50).forEach(m -> classifier.classify(null, m.text(), m.context()));
    }

    static List<LabelledMessage> load() throws Exception {
        for (String p : TEST_PATHS) {
            if (Files.exists(Path.of(p))) {
                return LabelledMessage.read(Files.readAllLines(Path.of(p), StandardCharsets.UTF_8));
            }
        }
        try (InputStream in = Evaluate.class.getResourceAsStream("/nlu/test.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + TEST_PATHS + " nor /nlu/test.tsv on the classpath");
            }
            return LabelledMessage.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        }
    }

    /**
     * The stage that owns an intent (docs/design.md, "Intents and their owners"), by name; front-desk intents are
     * "greeting".
     */
    static String owner(Intent intent) {
        return switch (intent) {
            case promotion, bargain -> "negotiation";
            case payment, invoice, shipping_time, logistics, address_change, order_change -> "order";
            case return_refund, complaint -> "aftersales";
            case human_agent -> "human";
            default -> "greeting";
        };
    }

    public record Outcome(LabelledMessage message, Classification result, long nanos) {
        boolean clarify() {
            return result.intent() == Intent.other && !result.alternatives().isEmpty();
        }

        /** The real label guide counts a bare acknowledgement as {@code other}. */
        private Intent answer() {
            return result.intent() == Intent.acknowledgement && message.intent() == Intent.other
                    ? Intent.other
                    : result.intent();
        }

        boolean correct() {
            return !clarify() && (answer() == message.intent() || answer() == message.secondary());
        }

        boolean misrouted() {
            if (clarify() || correct()) {
                return false;
            }
            String to = owner(answer());
            return !to.equals(owner(message.intent()))
                    && (message.secondary() == null || !to.equals(owner(message.secondary())));
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

        public double misroutedShare() {
            return share(Outcome::misrouted);
        }

        double share(Predicate<Outcome> p) {
            return outcomes.isEmpty() ? 0 : outcomes.stream().filter(p).count() / (double) outcomes.size();
        }

        void print(PrintStream out, boolean showText) {
            int n = outcomes.size();
            out.printf(
                    Locale.ROOT,
                    "messages %d   right %.1f%% (primary or second label)   asked to clarify %.1f%%   misrouted %.1f%%%n",
                    n,
                    100 * accuracy(),
                    100 * clarifyShare(),
                    100 * misroutedShare());
            long multi = outcomes.stream()
                    .filter(o -> o.message().secondary() != null)
                    .count();
            long both = outcomes.stream()
                    .filter(o -> o.message().secondary() != null
                            && o.result().intent() == o.message().intent()
                            && o.result().secondary() == o.message().secondary())
                    .count();
            long spurious = outcomes.stream()
                    .filter(o -> o.message().secondary() == null
                            && !o.clarify()
                            && o.result().secondary() != null)
                    .count();
            out.printf(
                    Locale.ROOT,
                    "messages with two labels %d: both read %d; single-label messages given a second request: %d%n",
                    multi,
                    both,
                    spurious);
            long[] ns = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
            out.printf(
                    Locale.ROOT,
                    "time per message in this run (one thread; JMH in bench/nlu is the benchmark): mean %.2f ms, p50 %.2f, p99 %.2f%n",
                    Arrays.stream(ns).average().orElse(0) / 1e6,
                    ns[ns.length / 2] / 1e6,
                    ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)] / 1e6);
            out.println();
            out.println("intent            support  precision  recall  clarified");
            for (Intent intent : Intent.values()) {
                long support = outcomes.stream()
                        .filter(o -> o.message().intent() == intent)
                        .count();
                long predicted = outcomes.stream()
                        .filter(o -> o.answer() == intent && !o.clarify())
                        .count();
                long tp = outcomes.stream()
                        .filter(o -> o.message().intent() == intent && o.answer() == intent && !o.clarify())
                        .count();
                long clarified = outcomes.stream()
                        .filter(o -> o.message().intent() == intent && o.clarify())
                        .count();
                if (support + predicted > 0) {
                    out.printf(
                            Locale.ROOT,
                            "%-17s %7d  %9s  %6s  %9d%n",
                            intent,
                            support,
                            predicted == 0 ? "-" : String.format(Locale.ROOT, "%.2f", tp / (double) predicted),
                            support == 0 ? "-" : String.format(Locale.ROOT, "%.2f", tp / (double) support),
                            clarified);
                }
            }
            out.println();
            out.println("worst confusion pairs (labelled → answered; 'clarify' = asked the customer to choose)");
            Map<String, List<String>> pairs = outcomes.stream()
                    .filter(o -> !o.correct())
                    .collect(Collectors.groupingBy(
                            o -> o.message().intent() + " → "
                                    + (o.clarify() ? "clarify" : o.answer().name()),
                            Collectors.mapping(o -> o.message().text(), Collectors.toList())));
            pairs.entrySet().stream()
                    .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                    .limit(12)
                    .forEach(e -> out.printf(
                            Locale.ROOT,
                            "  %3d  %-34s%s%n",
                            e.getValue().size(),
                            e.getKey(),
                            showText
                                    ? " e.g. " + e.getValue().stream().limit(3).collect(Collectors.joining(" | "))
                                    : ""));
        }
    }

    /**
     * One labelled message: {@code intent<TAB>text[<TAB>second intent]} in our written files. Real turns come as
     * {@code chat<TAB>intent<TAB>also<TAB>previous turn<TAB>text}, in chat order.
     */
    public record LabelledMessage(Intent intent, String text, Intent secondary, TurnContext context) {

        public static List<LabelledMessage> read(List<String> lines) {
            return lines.stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(line -> {
                        String[] cols = line.split("\t");
                        return new LabelledMessage(
                                intent(cols[0]),
                                cols[1],
                                cols.length > 2 && !cols[2].isBlank() ? intent(cols[2]) : null,
                                TurnContext.NONE);
                    })
                    .toList();
        }

        static Intent intent(String name) {
            return Intent.parse(name.trim()).orElseThrow(() -> new IllegalArgumentException("unknown intent " + name));
        }
    }
}
