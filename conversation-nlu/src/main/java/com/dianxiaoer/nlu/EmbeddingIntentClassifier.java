package com.dianxiaoer.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Reads a customer message by its meaning: the message is {@link TextNormalizer normalised}, encoded by an in-process
 * Chinese sentence-embedding model ({@link SentenceEncoder}, bge-small-zh-v1.5) and compared with example utterances
 * of every intent (the bundled {@code nlu/examples.tsv}, plus a shop's own examples added at run time).
 *
 * <h2>How an answer is chosen</h2>
 * <ul>
 *   <li>An intent's score is a blend of the cosine similarity to the intent's centroid (the mean of its examples) and
 *       the mean similarity to its {@code k} nearest examples, plus a small bonus for the intent's cue words
 *       ({@link KeywordIntentClassifier}'s lists) found in the message ({@link Settings}).</li>
 *   <li>Acknowledgements ("好的", "嗯嗯", "ok", 👌) are recognised by rule first: {@link Intent#acknowledgement}.</li>
 *   <li><b>Margin rule.</b> When the best intent does not beat the runner-up by {@link Settings#margin()}, the answer is
 *       {@link Intent#other} with the close candidates in {@code alternatives} (best first): the front desk asks the
 *       customer to choose instead of guessing. When nothing is close at all ({@link Settings#minScore()}), or the
 *       {@code other} examples win, the answer is {@code other} with no alternatives.</li>
 *   <li><b>Several intents.</b> A message of several clauses ("有货吗 能便宜点吗") is also read clause by clause; when two
 *       clauses carry two different requests, the first is the intent and the second is the only entry of
 *       {@code alternatives}, so {@link Classification#secondary()} returns it. Greetings, thanks and acknowledgements
 *       around a request do not count as requests ("在吗 有货吗" is {@code stock}).</li>
 *   <li>A clear single intent comes with empty {@code alternatives}: an alternative on a clear answer always means
 *       a second request in the same message.</li>
 *   <li><b>Early exit.</b> The rules above run first on a quick reading from the model's first layer
 *       ({@link Reading#quick()}), against the examples' quick vectors. When it names one request clearly
 *       ({@link Settings#quickMargin()}) and no two clauses lean to different requests, that is the answer; otherwise
 *       the rest of the model runs and the full reading decides.</li>
 * </ul>
 * {@code confidence} is the softmax probability of the answer among the intents (temperature {@link Settings#temperature()}).
 *
 * <h2>Shops' own examples</h2>
 * {@link #addExamples(String, Intent, List)} and {@link #setExamples(String, Map)} take effect for the next message
 * of that shop ({@link #classify(String, String)}) and for no other shop; {@link #classify(String)} uses the bundled
 * examples only. Each added example costs one encoding (a few milliseconds) when it is added and 4 KB of memory (its
 * quick and full vectors).
 *
 * <h2>Cost</h2>
 * Construction loads the model and encodes the bundled examples: a few seconds and ~165 MB RSS in all (native model memory
 * plus ~4 MB of heap for the vectors); do it once at startup. A message costs one run of the model's first layer over the
 * whole message, or over its clauses (up to {@link #MAX_CLAUSES}, batched), and, when that quick reading is not clear
 * ({@link Settings#quickMargin()}), one run of the other three layers. Thread-safe: classification is lock-free; changes
 * to a shop's examples are serialised and swap in a new immutable index.
 */
public final class EmbeddingIntentClassifier implements IntentClassifier, AutoCloseable {
    /** The most clauses of one message that are read one by one. */
    public static final int MAX_CLAUSES = 3;
    /** The most examples one shop may add (4 KB each). */
    public static final int MAX_SHOP_EXAMPLES = 2_000;
    private static final String BUNDLED_EXAMPLES = "/nlu/examples.tsv";
    private static final String SEED_EXAMPLES = "/nlu/seeds.tsv";
    private static final Intent[] INTENTS = Intent.values();
    /** Intents that carry no request of their own when they sit beside one ("在吗 有货吗", "什么时候发货 谢谢"). */
    private static final Set<Intent> NOT_A_REQUEST = EnumSet.of(Intent.greeting, Intent.goodbye_thanks, Intent.acknowledgement, Intent.other);
    /** Intents never offered to the customer as a choice. */
    private static final Set<Intent> NEVER_OFFERED = EnumSet.of(Intent.other, Intent.acknowledgement);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\s,.!?。;:~…、]+|(?=另外|还有就是|顺便问一?下|对了)");

    /**
     * The knobs of the classifier, chosen by cross-validation on the training split (see {@code Evaluate --sweep}).
     *
     * @param centroidWeight weight of the centroid similarity in an intent's score; the rest is the k-nearest mean
     * @param k              how many nearest examples of an intent are averaged
     * @param margin         the best intent must beat the runner-up by this much (cosine) to be answered
     * @param minScore       below this best score the message is {@code other} with nothing to offer
     * @param clauseMargin   a clause counts as a request of its own only with this margin over its runner-up
     * @param clauseMinScore ... and with at least this score
     * @param temperature    softmax temperature of {@code confidence}
     * @param cueWeight      weight of the keyword evidence: each intent's share of the {@link KeywordIntentClassifier}
     *                       cue matches in the message is added to its score times this
     * @param quickMargin    the quick reading (the model's first layer) answers on its own when it finds one request
     *                       whose intent beats the runner-up by at least this much; {@code Double.POSITIVE_INFINITY}
     *                       always reads the message fully
     * @param quickTemperature softmax temperature of {@code confidence} for an answer from the quick reading, whose
     *                       scores lie closer together; chosen so that its confidences match the full reading's
     */
    public record Settings(double centroidWeight, int k, double margin, double minScore,
                           double clauseMargin, double clauseMinScore, double temperature, double cueWeight,
                           double quickMargin, double quickTemperature) {
        public static final Settings DEFAULT = new Settings(0.75, 1, 0.01, 0.45, 0.05, 0.65, 0.05, 0.03, 0.015, 0.023);

        public Settings {
            if (centroidWeight < 0 || centroidWeight > 1 || k < 1 || temperature <= 0 || !(quickMargin >= 0)
                    || !(quickTemperature > 0)) {
                throw new IllegalArgumentException("bad classifier settings " + this);
            }
        }

        /** The same settings with another {@code quickMargin}. */
        public Settings withQuickMargin(double quickMargin) {
            return new Settings(centroidWeight, k, margin, minScore, clauseMargin, clauseMinScore, temperature, cueWeight,
                    quickMargin, quickTemperature);
        }

        /** The same settings with another {@code quickTemperature}. */
        public Settings withQuickTemperature(double quickTemperature) {
            return new Settings(centroidWeight, k, margin, minScore, clauseMargin, clauseMinScore, temperature, cueWeight,
                    quickMargin, quickTemperature);
        }

        /** How the quick reading is scored: the same blend, but it always names its best intent (the exit rule decides). */
        Settings forQuickReading() {
            return new Settings(centroidWeight, k, 0, 0, clauseMargin, clauseMinScore, quickTemperature, cueWeight, quickMargin,
                    quickTemperature);
        }
    }

    /** Text to a unit-length vector; {@link SentenceEncoder} in production, anything in tests. */
    @FunctionalInterface
    public interface Encoder {
        float[] encode(String text);

        /** Several texts at once; override when the model can batch them. */
        default float[][] encodeAll(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = encode(texts.get(i));
            }
            return out;
        }

        /** Several texts, read quickly first when the model can ({@link SentenceEncoder}); by default only fully. */
        default Reading read(List<String> texts) {
            return Reading.of(null, () -> encodeAll(texts));
        }
    }

    /** What the model made of a batch of texts: a cheap quick reading, and the full one, computed when first asked for. */
    public interface Reading {
        /** Unit vectors from the model's first layer, one per text; {@code null} when the encoder has no quick reading. */
        float[][] quick();

        /** The full unit vectors, one per text. */
        float[][] full();

        static Reading of(float[][] quick, java.util.function.Supplier<float[][]> full) {
            return new Reading() {
                private float[][] done;

                @Override
                public float[][] quick() {
                    return quick;
                }

                @Override
                public float[][] full() {
                    if (done == null) {
                        done = full.get();
                    }
                    return done;
                }
            };
        }
    }

    private final Encoder encoder;
    private final AutoCloseable owned;
    private final Settings settings;
    private final Settings quickSettings;
    private final List<Example> bundled;
    private final Indexes sharedIndex;
    private final Map<String, Shop> shops = new ConcurrentHashMap<>();
    private final LongAdder byRule = new LongAdder();
    private final LongAdder byFirstLayer = new LongAdder();
    private final LongAdder byAllLayers = new LongAdder();

    /**
     * How the messages classified so far were read: by a rule alone (acknowledgements, empty messages), answered from
     * the model's first layer, or by all its layers. The speed of the classifier depends on this mix.
     */
    public record ReadingCounts(long byRule, long byFirstLayer, long byAllLayers) {
    }

    /** Loads the model and the bundled examples with the default settings. */
    public EmbeddingIntentClassifier() {
        this(Settings.DEFAULT);
    }

    public EmbeddingIntentClassifier(Settings settings) {
        this(new SentenceEncoder(), bundledExamples(), settings, true);
    }

    /** A classifier over any encoder and examples (tests, evaluation). The encoder is not closed by {@link #close()}. */
    public EmbeddingIntentClassifier(Encoder encoder, Map<Intent, List<String>> examples, Settings settings) {
        this(encoder, examples, settings, false);
    }

    private EmbeddingIntentClassifier(Encoder encoder, Map<Intent, List<String>> examples, Settings settings, boolean own) {
        this.encoder = Objects.requireNonNull(encoder);
        this.owned = own && encoder instanceof AutoCloseable c ? c : null;
        this.settings = Objects.requireNonNull(settings);
        this.quickSettings = settings.forQuickReading();
        this.bundled = List.copyOf(encodeAll(examples));
        this.sharedIndex = Indexes.of(bundled);
    }

    /**
     * The examples the classifier ships with: the training split of the labelled set ({@code nlu/examples.tsv}; its
     * multi-intent rows are left out, they would blur two centroids) and the hand-written seeds ({@code nlu/seeds.tsv}).
     */
    public static Map<Intent, List<String>> bundledExamples() {
        Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
        for (String file : List.of(BUNDLED_EXAMPLES, SEED_EXAMPLES)) {
            for (LabelledMessage m : readResource(file)) {
                if (m.secondary() == null) {
                    examples.computeIfAbsent(m.intent(), i -> new ArrayList<>()).add(m.text());
                }
            }
        }
        return examples;
    }

    /** The hand-written seed examples alone ({@code nlu/seeds.tsv}), for evaluation tools. */
    public static List<LabelledMessage> seedExamples() {
        return readResource(SEED_EXAMPLES);
    }

    private static List<LabelledMessage> readResource(String name) {
        try (InputStream in = EmbeddingIntentClassifier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return LabelledMessage.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Settings settings() {
        return settings;
    }

    /** How the messages classified so far were read (for metrics and the evaluation). */
    public ReadingCounts readingCounts() {
        return new ReadingCounts(byRule.sum(), byFirstLayer.sum(), byAllLayers.sum());
    }

    /** Classifies with the bundled examples only. */
    @Override
    public Classification classify(String text) {
        return classify(sharedIndex, text);
    }

    /** Classifies with the bundled examples and the shop's own; an unknown or null shop has only the bundled ones. */
    @Override
    public Classification classify(String shopId, String text) {
        Shop shop = shopId == null ? null : shops.get(shopId);
        return classify(shop == null ? sharedIndex : shop.index(), text);
    }

    /**
     * Adds example utterances of {@code intent} for one shop; they count from the next message on. Blank texts are
     * ignored, and so are texts the shop already has for that intent.
     *
     * @throws IllegalArgumentException when the shop would go over {@link #MAX_SHOP_EXAMPLES}
     */
    public void addExamples(String shopId, Intent intent, List<String> texts) {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(intent, "intent");
        List<Example> encoded = encodeAll(Map.of(intent, texts));
        synchronized (shops) {
            Shop current = shops.get(shopId);
            List<Example> mine = new ArrayList<>(current == null ? List.of() : current.examples());
            for (Example e : encoded) {
                if (mine.stream().noneMatch(x -> x.intent() == e.intent() && x.text().equals(e.text()))) {
                    mine.add(e);
                }
            }
            install(shopId, mine);
        }
    }

    @Override
    public boolean learnsExamples() {
        return true;
    }

    /** Replaces all of a shop's own examples (an empty map removes them). */
    @Override
    public void setExamples(String shopId, Map<Intent, List<String>> examples) {
        Objects.requireNonNull(shopId, "shopId");
        List<Example> encoded = encodeAll(examples);
        synchronized (shops) {
            install(shopId, encoded);
        }
    }

    /** Forgets a shop's own examples. */
    public void clearExamples(String shopId) {
        synchronized (shops) {
            shops.remove(shopId);
        }
    }

    /** A shop's own examples by intent (normalised text), in the order they were added. */
    public Map<Intent, List<String>> examples(String shopId) {
        Shop shop = shops.get(shopId);
        Map<Intent, List<String>> out = new EnumMap<>(Intent.class);
        if (shop != null) {
            for (Example e : shop.examples()) {
                out.computeIfAbsent(e.intent(), i -> new ArrayList<>()).add(e.text());
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        if (owned != null) {
            owned.close();
        }
    }

    private void install(String shopId, List<Example> mine) {
        if (mine.size() > MAX_SHOP_EXAMPLES) {
            throw new IllegalArgumentException("a shop may have at most " + MAX_SHOP_EXAMPLES + " examples of its own");
        }
        if (mine.isEmpty()) {
            shops.remove(shopId);
            return;
        }
        List<Example> all = new ArrayList<>(bundled.size() + mine.size());
        all.addAll(bundled);
        all.addAll(mine);
        shops.put(shopId, new Shop(List.copyOf(mine), Indexes.of(all)));
    }

    private List<Example> encodeAll(Map<Intent, List<String>> examples) {
        List<Example> out = new ArrayList<>();
        Map<String, Reading> seen = new LinkedHashMap<>();
        examples.forEach((intent, texts) -> {
            for (String text : texts) {
                String normalized = TextNormalizer.normalize(text == null ? "" : text);
                if (TextNormalizer.lettersOnly(normalized).isEmpty()) {
                    continue;
                }
                Reading r = seen.computeIfAbsent(normalized, t -> encoder.read(List.of(t)));
                out.add(new Example(intent, normalized, r.quick() == null ? null : r.quick()[0], r.full()[0]));
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------------ classification

    private Classification classify(Indexes index, String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        List<Entity> entities = EntityExtractor.extract(normalized);
        String letters = TextNormalizer.lettersOnly(normalized);
        if (letters.isEmpty()) {
            byRule.increment();
            return new Classification(Intent.other, 0.0, List.of(), entities);
        }
        if (Acknowledgements.is(letters)) {
            byRule.increment();
            return new Classification(Intent.acknowledgement, 1.0, List.of(), entities);
        }
        List<String> clauses = clauses(normalized);
        Parts parts = Parts.of(normalized, clauses, settings.cueWeight() > 0);
        // Several clauses go through the model in one batched run; the message as a whole is read as the mean of its
        // clauses (as accurate as encoding it once more in cross-validation, at half the cost).
        Reading reading = encoder.read(clauses.size() < 2 ? List.of(normalized) : clauses);
        if (index.quick() != null && reading.quick() != null) {
            // Early exit: most messages are already clear after the model's first layer, a quarter of its work.
            Decision quick = decide(index.quick(), quickSettings, parts, reading.quick(), entities);
            Classification c = quick.answer();
            // Not when two clauses lean to different requests: that needs the full reading to tell a second request
            // from noise, and a second request left out would go unanswered.
            if (c.intent() != Intent.other && c.alternatives().isEmpty() && quick.margin() >= settings.quickMargin()
                    && !quick.clausesDiffer()) {
                byFirstLayer.increment();
                return c;
            }
        }
        byAllLayers.increment();
        return decide(index.full(), settings, parts, reading.full(), entities).answer();
    }

    /**
     * What both readings score, worked out once a message: the message as a whole and, when it has several, its clauses
     * ({@code texts[0]} is the whole), each text's cue-word shares ({@code null} when cues do not count), and which
     * clauses are bare acknowledgements.
     */
    private record Parts(String[] texts, double[][] cues, boolean[] acknowledgement) {
        static Parts of(String normalized, List<String> clauses, boolean withCues) {
            String[] texts = new String[clauses.size() < 2 ? 1 : clauses.size() + 1];
            texts[0] = normalized;
            for (int c = 1; c < texts.length; c++) {
                texts[c] = clauses.get(c - 1);
            }
            double[][] cues = new double[texts.length][];
            boolean[] acknowledgement = new boolean[texts.length];
            for (int t = 0; t < texts.length; t++) {
                cues[t] = withCues ? KeywordIntentClassifier.cueShares(texts[t]) : null;
                acknowledgement[t] = t > 0 && Acknowledgements.is(TextNormalizer.lettersOnly(texts[t]));
            }
            return new Parts(texts, cues, acknowledgement);
        }

        int clauses() {
            return texts.length - 1;
        }
    }

    /**
     * An answer, by how much its intent beat the runner-up in the scores it came from, and whether the message's clauses,
     * each taken at its best intent, lean to two different requests.
     */
    private record Decision(Classification answer, double margin, boolean clausesDiffer) {
    }

    private static Decision decide(Index index, Settings settings, Parts parts, float[][] vectors, List<Entity> entities) {
        if (parts.clauses() == 0) {
            return decide(index.score(new float[][] {vectors[0]}, parts.cues(), settings)[0], settings, entities);
        }
        float[] mean = new float[vectors[0].length];
        for (float[] v : vectors) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += v[d];
            }
        }
        // The message and its clauses are scored in one pass over the examples.
        float[][] queries = new float[parts.clauses() + 1][];
        queries[0] = SentenceEncoder.unit(mean);
        System.arraycopy(vectors, 0, queries, 1, parts.clauses());
        Scores[] scores = index.score(queries, parts.cues(), settings);
        Scores whole = scores[0];
        List<Scores> requests = new ArrayList<>();
        Set<Intent> leanings = EnumSet.noneOf(Intent.class);
        for (int c = 1; c <= parts.clauses(); c++) {
            if (parts.acknowledgement()[c]) {
                continue;
            }
            Scores s = scores[c];
            if (!NOT_A_REQUEST.contains(s.best())) {
                leanings.add(s.best());
            }
            if (!NOT_A_REQUEST.contains(s.best()) && s.bestScore() >= settings.clauseMinScore()
                    && s.margin() >= settings.clauseMargin()
                    && requests.stream().noneMatch(r -> r.best() == s.best())) {
                requests.add(s);
            }
        }
        if (requests.size() >= 2) {
            Scores first = requests.get(0);
            Scores second = requests.get(1);
            return new Decision(new Classification(first.best(), first.confidence(first.best()),
                    List.of(new Classification.Scored(second.best(), second.confidence(second.best()))), entities), first.margin(), true);
        }
        if (requests.size() == 1 && (NOT_A_REQUEST.contains(whole.best()) || whole.margin() < settings.margin())) {
            Scores only = requests.get(0);
            return new Decision(new Classification(only.best(), only.confidence(only.best()), List.of(), entities), only.margin(),
                    leanings.size() > 1);
        }
        return new Decision(answer(whole, settings, entities), whole.margin(), leanings.size() > 1);
    }

    private static Decision decide(Scores s, Settings settings, List<Entity> entities) {
        return new Decision(answer(s, settings, entities), s.margin(), false);
    }

    private static Classification answer(Scores s, Settings settings, List<Entity> entities) {
        Intent best = s.best();
        if (s.bestScore() < settings.minScore()) {
            return new Classification(Intent.other, s.confidence(Intent.other), List.of(), entities);
        }
        if (s.margin() >= settings.margin()) {
            return new Classification(best, s.confidence(best), List.of(), entities);
        }
        List<Classification.Scored> offered = new ArrayList<>();
        for (Intent i : s.ranked()) {
            if (offered.size() == 3 || s.score(i) < s.bestScore() - 3 * settings.margin()) {
                break;
            }
            if (!NEVER_OFFERED.contains(i)) {
                offered.add(new Classification.Scored(i, s.confidence(i)));
            }
        }
        if (offered.isEmpty()) {
            return new Classification(Intent.other, s.confidence(Intent.other), List.of(), entities);
        }
        if (offered.size() == 1 && offered.get(0).intent() == best) {
            // Only "in scope or not" is unclear (the runner-up is other or acknowledgement): a question with one
            // option helps nobody, so the best intent is answered.
            return new Classification(best, s.confidence(best), List.of(), entities);
        }
        if (offered.size() == 1) {
            // "other" narrowly beat a single intent: nothing to choose between, so nothing is offered.
            return new Classification(Intent.other, s.confidence(Intent.other), List.of(), entities);
        }
        return new Classification(Intent.other, s.confidence(best), offered, entities);
    }

    /**
     * The clauses of a message (split at spaces, punctuation and 另外/顺便问下/对了), leaving out one-character
     * fragments ("亲"); more than {@link #MAX_CLAUSES} are joined into that many runs of neighbours of similar length,
     * so every word is still read.
     */
    static List<String> clauses(String normalized) {
        List<String> parts = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(normalized)) {
            if (TextNormalizer.lettersOnly(part).length() >= 2) {
                parts.add(part);
            }
        }
        if (parts.size() <= MAX_CLAUSES) {
            return parts;
        }
        int total = parts.stream().mapToInt(String::length).sum();
        List<String> joined = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int done = 0;
        for (int i = 0; i < parts.size(); i++) {
            run.append(run.length() == 0 ? "" : " ").append(parts.get(i));
            done += parts.get(i).length();
            int partsLeft = parts.size() - i - 1;
            int groupsLeft = MAX_CLAUSES - joined.size() - 1;
            if (groupsLeft == 0) {
                continue; // the last run takes the rest
            }
            boolean longEnough = done * MAX_CLAUSES >= total * (joined.size() + 1);
            if ((longEnough && partsLeft >= groupsLeft) || partsLeft == groupsLeft) {
                joined.add(run.toString());
                run.setLength(0);
            }
        }
        joined.add(run.toString());
        return joined;
    }

    // ------------------------------------------------------------------------------------------------ the index

    /** An example and what the model made of it: the quick vector ({@code null} when the encoder has none) and the full one. */
    private record Example(Intent intent, String text, float[] quick, float[] full) {
    }

    private record Shop(List<Example> examples, Indexes index) {
    }

    /** The examples indexed by their full vectors, and by their quick ones when every example has one. */
    private record Indexes(Index quick, Index full) {
        static Indexes of(List<Example> examples) {
            boolean quick = !examples.isEmpty() && examples.stream().allMatch(e -> e.quick() != null);
            return new Indexes(quick ? new Index(examples, Example::quick) : null, new Index(examples, Example::full));
        }
    }

    /** Similarities of one message to every intent, highest first. */
    private static final class Scores {
        private final double[] score;
        private final Intent[] ranked;
        private final double temperature;
        private double softmaxSum = Double.NaN;

        Scores(double[] score, double temperature) {
            this.score = score;
            this.temperature = temperature;
            Integer[] order = new Integer[score.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            List<Intent> r = new ArrayList<>();
            for (Integer i : order) {
                if (score[i] > Double.NEGATIVE_INFINITY) {
                    r.add(INTENTS[i]);
                }
            }
            this.ranked = r.toArray(Intent[]::new);
        }

        Intent best() {
            return ranked.length == 0 ? Intent.other : ranked[0];
        }

        double bestScore() {
            return ranked.length == 0 ? Double.NEGATIVE_INFINITY : score[ranked[0].ordinal()];
        }

        double margin() {
            return ranked.length < 2 ? Double.POSITIVE_INFINITY : bestScore() - score[ranked[1].ordinal()];
        }

        double score(Intent i) {
            return score[i.ordinal()];
        }

        List<Intent> ranked() {
            return Collections.unmodifiableList(Arrays.asList(ranked));
        }

        double confidence(Intent i) {
            if (ranked.length == 0 || score[i.ordinal()] == Double.NEGATIVE_INFINITY) {
                return 0.0;
            }
            double top = bestScore();
            if (Double.isNaN(softmaxSum)) {
                double sum = 0;
                for (Intent r : ranked) {
                    sum += Math.exp((score[r.ordinal()] - top) / temperature);
                }
                softmaxSum = sum;
            }
            return Math.exp((score[i.ordinal()] - top) / temperature) / softmaxSum;
        }
    }

    /**
     * An immutable set of example vectors with the per-intent centroids. The vectors are stored dimension by dimension
     * (one array per dimension, across the examples), so scoring is a multiply-add over whole arrays, which the JIT
     * turns into SIMD instructions (about 5 times faster than a dot product per example), and several queries share one
     * pass over the examples.
     */
    private static final class Index {
        private final float[][] byDimension;
        private final int[] intentOf;
        private final float[][] centroids;

        Index(List<Example> examples, java.util.function.Function<Example, float[]> vector) {
            int n = examples.size();
            int dimension = n == 0 ? 0 : vector.apply(examples.get(0)).length;
            this.byDimension = new float[dimension][n];
            this.intentOf = new int[n];
            double[][] sums = new double[INTENTS.length][];
            for (int e = 0; e < n; e++) {
                Example ex = examples.get(e);
                float[] v = vector.apply(ex);
                intentOf[e] = ex.intent().ordinal();
                double[] sum = sums[intentOf[e]];
                if (sum == null) {
                    sum = sums[intentOf[e]] = new double[dimension];
                }
                for (int d = 0; d < dimension; d++) {
                    byDimension[d][e] = v[d];
                    sum[d] += v[d];
                }
            }
            this.centroids = new float[INTENTS.length][];
            for (int i = 0; i < INTENTS.length; i++) {
                if (sums[i] != null) {
                    float[] c = new float[dimension];
                    for (int d = 0; d < dimension; d++) {
                        c[d] = (float) sums[i][d];
                    }
                    centroids[i] = SentenceEncoder.unit(c);
                }
            }
        }

        /** The scores of each query vector; {@code cues[j]} are the cue-word shares of its text, or {@code null}. */
        Scores[] score(float[][] queries, double[][] cues, Settings settings) {
            float[][] sims = new float[queries.length][intentOf.length];
            for (int d = 0; d < byDimension.length; d++) {
                float[] column = byDimension[d];
                for (int j = 0; j < queries.length; j++) {
                    multiplyAdd(sims[j], queries[j][d], column);
                }
            }
            Scores[] out = new Scores[queries.length];
            for (int j = 0; j < queries.length; j++) {
                out[j] = score(queries[j], sims[j], cues[j], settings);
            }
            return out;
        }

        private static void multiplyAdd(float[] sums, float factor, float[] column) {
            for (int e = 0; e < sums.length; e++) {
                sums[e] += factor * column[e];
            }
        }

        private Scores score(float[] q, float[] sims, double[] cues, Settings settings) {
            int k = settings.k();
            double[][] top = new double[INTENTS.length][k];
            for (double[] t : top) {
                Arrays.fill(t, Double.NEGATIVE_INFINITY);
            }
            for (int e = 0; e < sims.length; e++) {
                double sim = sims[e];
                double[] t = top[intentOf[e]];
                if (sim > t[k - 1]) {
                    int j = k - 1;
                    while (j > 0 && t[j - 1] < sim) {
                        t[j] = t[j - 1];
                        j--;
                    }
                    t[j] = sim;
                }
            }
            double[] score = new double[INTENTS.length];
            double w = settings.centroidWeight();
            for (int i = 0; i < INTENTS.length; i++) {
                if (centroids[i] == null) {
                    score[i] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double knn = 0;
                int counted = 0;
                for (double s : top[i]) {
                    if (s > Double.NEGATIVE_INFINITY) {
                        knn += s;
                        counted++;
                    }
                }
                knn /= counted;
                score[i] = w * dot(q, centroids[i]) + (1 - w) * knn + (cues == null ? 0 : settings.cueWeight() * cues[i]);
            }
            return new Scores(score, settings.temperature());
        }

        private static double dot(float[] q, float[] c) {
            float s = 0;
            for (int d = 0; d < q.length; d++) {
                s += q[d] * c[d];
            }
            return s;
        }
    }

    // ------------------------------------------------------------------------------------------------ labelled files

    /** One row of a labelled file: {@code intent<TAB>text[<TAB>secondary intent]}; lines starting with # are comments. */
    public record LabelledMessage(Intent intent, String text, Intent secondary) {
        public static List<LabelledMessage> read(Reader source) throws IOException {
            List<LabelledMessage> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(source);
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                int n = lineNo;
                Intent intent = Intent.parse(cols[0].trim())
                        .orElseThrow(() -> new IllegalArgumentException("line " + n + ": unknown intent " + cols[0]));
                if (cols.length < 2 || cols[1].isBlank()) {
                    throw new IllegalArgumentException("line " + n + ": no text");
                }
                Intent secondary = cols.length > 2 && !cols[2].isBlank() ? Intent.parse(cols[2].trim())
                        .orElseThrow(() -> new IllegalArgumentException("line " + n + ": unknown intent " + cols[2])) : null;
                out.add(new LabelledMessage(intent, cols[1], secondary));
            }
            return out;
        }
    }
}
