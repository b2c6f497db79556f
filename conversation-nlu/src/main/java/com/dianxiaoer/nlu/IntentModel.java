package com.dianxiaoer.nlu;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The classifier: bge-small-zh-v1.5 fine-tuned with an intent head on real shoppers' turns and our written examples
 * ({@code conversation-nlu/training}), int8 ONNX, run by ONNX Runtime on the caller's thread.
 * <p>
 * The model reads the message together with its {@link TurnContext}: a word for the conversation's topic (its last
 * request, else the owning stage) and the end of the bot's previous turn, as a second segment. It answers with two heads: which intent (softmax) and which intents are present
 * (a sigmoid each), so "有货吗 能便宜点吗" reads as stock with bargain beside it. The message is shaped exactly as
 * {@code training/data.py} shapes it; a test checks that both read the same probabilities.
 * <p>
 * Rules stay where the model has nothing to add: a message of only punctuation or emoji is {@code other}; a bare
 * acknowledgement with no context is {@link Intent#acknowledgement} without asking the model, and one the model
 * reads as {@code other} in context is an acknowledgement too. Entities are {@link EntityExtractor}'s.
 * <p>
 * A shop's own phrases ({@link #setExamples}) are matched on the model's sentence vector: a message close enough to
 * one of them takes its intent ({@link ShopExamples}). What shoppers say about prices is read by {@link PriceTalk}'s
 * rules over the model's reading. Thread-safe; load once, at startup (about a second, ~60 MB of native memory).
 */
public final class IntentModel implements IntentClassifier, AutoCloseable {
    public static final int MAX_SHOP_EXAMPLES = ShopExamples.MAX;
    /** The model's label order: training/data.py's INTENTS. */
    private static final Intent[] LABELS = {
        Intent.greeting,
        Intent.goodbye_thanks,
        Intent.stock,
        Intent.size_spec,
        Intent.authenticity,
        Intent.promotion,
        Intent.bargain,
        Intent.payment,
        Intent.invoice,
        Intent.shipping_time,
        Intent.logistics,
        Intent.address_change,
        Intent.order_change,
        Intent.return_refund,
        Intent.complaint,
        Intent.human_agent,
        Intent.other
    };

    private static final Map<String, String> STAGE_WORDS =
            Map.of("negotiation", "议价", "order", "订单", "aftersales", "售后");
    private static final Map<Intent, String> TOPIC_WORDS = Map.ofEntries(
            Map.entry(Intent.stock, "库存"),
            Map.entry(Intent.size_spec, "商品"),
            Map.entry(Intent.authenticity, "正品"),
            Map.entry(Intent.promotion, "优惠"),
            Map.entry(Intent.bargain, "议价"),
            Map.entry(Intent.payment, "付款"),
            Map.entry(Intent.invoice, "发票"),
            Map.entry(Intent.shipping_time, "发货"),
            Map.entry(Intent.logistics, "物流"),
            Map.entry(Intent.address_change, "地址"),
            Map.entry(Intent.order_change, "订单"),
            Map.entry(Intent.return_refund, "售后"),
            Map.entry(Intent.complaint, "投诉"),
            Map.entry(Intent.human_agent, "人工"));
    private static final int MAX_TEXT_CHARS = 96;
    private static final int MAX_CONTEXT_CHARS = 48;
    private static final int MAX_CLAUSES = 3;
    /** The presence of a second request at which the clauses are read one by one to confirm it. */
    private static final double CLAUSE_HINT = 0.1;
    /** A clause that asks something: two of them in one message are two questions, whatever the whole reading hints. */
    private static final Pattern ASKS = Pattern.compile("吗|嘛|么|呢|[?？]|多少|几[天号时个件]|什么|啥|怎么|能不能|可不可以|有没有|是不是");
    /** Not "." : it sits inside links and prices. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\s,，。!！?？;；~～、]+|另外|顺便问下|顺便问一下|对了");

    private static final String MODEL = "/nlu/intent-model.onnx";
    private static final String TOKENIZER = "/nlu/intent-model-tokenizer.json";
    private static final String COMPLAINT_CATEGORIES = "/nlu/complaint-category.tsv";

    /**
     * {@code clarifyMargin}: when the best intent's probability beats the runner-up's by less, the customer is asked to
     * choose. {@code secondaryThreshold}: a second request is kept when its presence probability reaches this.
     * {@code clauseConfidence}: in a message of several clauses, each clause is also read alone, and one that reads as
     * a request with at least this probability counts as one (0 turns clause reading off).
     * {@code shopExampleSimilarity}: the cosine at which a shop's own phrase decides.
     */
    public record Settings(
            double clarifyMargin, double secondaryThreshold, double clauseConfidence, double shopExampleSimilarity) {
        public static final Settings DEFAULT = new Settings(0.20, 0.5, 0.8, 0.93);

        /** The defaults, with any of them replaced by a system property ({@code -Dnlu.clarifyMargin=0.15}): for evaluations. */
        public static Settings fromSystemProperties() {
            return new Settings(
                    Double.parseDouble(System.getProperty("nlu.clarifyMargin", "" + DEFAULT.clarifyMargin)),
                    Double.parseDouble(System.getProperty("nlu.secondaryThreshold", "" + DEFAULT.secondaryThreshold)),
                    Double.parseDouble(System.getProperty("nlu.clauseConfidence", "" + DEFAULT.clauseConfidence)),
                    Double.parseDouble(
                            System.getProperty("nlu.shopExampleSimilarity", "" + DEFAULT.shopExampleSimilarity)));
        }
    }

    private final Settings settings;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ShopExamples shopExamples = new ShopExamples();
    private final ComplaintCategories complaintCategories;

    public IntentModel() {
        this(Settings.DEFAULT);
    }

    public IntentModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
        try (InputStream model = resource(MODEL);
                InputStream json = resource(TOKENIZER);
                InputStream categories = resource(COMPLAINT_CATEGORIES);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // One thread per call: the service runs calls side by side, and ONNX Runtime's own pool would spin.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "truncation", "false"));
            complaintCategories = new ComplaintCategories(categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the intent model could not be loaded", e);
        }
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public Classification classify(String text) {
        return classify(null, text, TurnContext.NONE);
    }

    @Override
    public Classification classify(String shopId, String text) {
        return classify(shopId, text, TurnContext.NONE);
    }

    @Override
    public Classification classify(String shopId, String text, TurnContext context) {
        TurnContext ctx = context == null ? TurnContext.NONE : context;
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        Optional<String> offered = PriceTalk.numberOffered(normalized);
        List<Entity> entities = PriceTalk.withOfferedNumber(EntityExtractor.extract(normalized), offered);
        Optional<Classification> priceNamed = PriceTalk.priceNamedWhileBargaining(normalized, entities, offered, ctx);
        if (priceNamed.isPresent()) {
            return priceNamed.get();
        }
        String letters = TextNormalizer.lettersOnly(normalized);
        if (letters.isEmpty()) {
            return new Classification(Intent.other, 1.0, List.of(), entities);
        }
        boolean acknowledgement = Acknowledgements.is(letters);
        if (acknowledgement && ctx.isEmpty()) {
            return new Classification(Intent.acknowledgement, 1.0, List.of(), entities);
        }
        Reading reading = read(text, ctx);
        if (shopId != null && shopExamples.has(shopId)) {
            // A shop's phrase is matched on its letters, so "芝麻开门!" is the phrase "芝麻开门" (see setExamples).
            float[] vector = ctx.isEmpty() && letters.equals(text.strip())
                    ? reading.sentence()
                    : read(letters, TurnContext.NONE).sentence();
            Optional<ShopExamples.Match> own = shopExamples
                    .nearest(shopId, vector)
                    .filter(match -> match.similarity() >= settings.shopExampleSimilarity());
            if (own.isPresent()) {
                return new Classification(own.get().intent(), own.get().similarity(), List.of(), entities);
            }
        }
        Classification decided = decide(reading, acknowledgement, entities, clauseRequests(text, reading));
        Classification result = PriceTalk.overTheReading(
                decided, normalized, entities, ctx, () -> clauses(text).size() > 1, settings.clauseConfidence());
        // Only where the message reads as a complaint or return: that is where the head was measured to help.
        return result.intent().complaintOrReturn()
                ? result.withComplaintCategory(
                        complaintCategories.of(reading.sentence()).orElse(null))
                : result;
    }

    /**
     * The requests the clauses of a message make, read one by one ("亲 在吗？这个还有货吗", "有货吗 能便宜点吗"), in
     * order. Only where the whole reading hints at them (no request on top, or a second one present with at least
     * {@link #CLAUSE_HINT}) or two clauses ask something, and never for a message of one clause: each clause costs a
     * reading.
     */
    private List<Classification.Scored> clauseRequests(String text, Reading whole) {
        if (settings.clauseConfidence() <= 0) {
            return List.of();
        }
        int top = argmax(whole.probabilities());
        boolean hinted = !LABELS[top].isRequest();
        for (int i = 0; i < LABELS.length && !hinted; i++) {
            hinted = i != top && LABELS[i].isRequest() && whole.present()[i] >= CLAUSE_HINT;
        }
        List<String> clauses = clauses(text);
        if (clauses.size() < 2
                || !hinted
                        && clauses.stream().filter(c -> ASKS.matcher(c).find()).count() < 2) {
            return List.of();
        }
        List<Classification.Scored> requests = new ArrayList<>();
        for (String clause : clauses) {
            double[] p = read(clause, TurnContext.NONE).probabilities();
            int best = argmax(p);
            Intent intent = LABELS[best];
            if (intent.isRequest()
                    && p[best] >= settings.clauseConfidence()
                    && requests.stream().noneMatch(r -> r.intent() == intent)) {
                requests.add(new Classification.Scored(intent, p[best]));
            }
        }
        return requests;
    }

    /** A message's clauses: split at spaces, punctuation and 另外/顺便问下/对了; a clause of one letter joins the next. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String part : CLAUSE_BREAK.split(text.strip())) {
            String clause = pending.isEmpty() ? part : pending + " " + part;
            if (TextNormalizer.lettersOnly(clause)
                            .codePointCount(
                                    0, TextNormalizer.lettersOnly(clause).length())
                    < 2) {
                pending = clause;
            } else if (!clause.isBlank()) {
                out.add(clause);
                pending = "";
            }
        }
        if (!pending.isBlank() && !out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending);
        }
        if (out.size() > MAX_CLAUSES) {
            List<String> joined = new ArrayList<>(out.subList(0, MAX_CLAUSES - 1));
            joined.add(String.join(" ", out.subList(MAX_CLAUSES - 1, out.size())));
            return joined;
        }
        return out;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return best;
    }

    private Classification decide(
            Reading reading, boolean acknowledgement, List<Entity> entities, List<Classification.Scored> clauses) {
        Integer[] order = IntStream.range(0, LABELS.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> -reading.probabilities()[i]))
                .toArray(Integer[]::new);
        double top = reading.probabilities()[order[0]];
        if (top - reading.probabilities()[order[1]] < settings.clarifyMargin()) {
            List<Classification.Scored> candidates = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                if (LABELS[order[k]] != Intent.other) {
                    candidates.add(new Classification.Scored(LABELS[order[k]], reading.probabilities()[order[k]]));
                }
            }
            return new Classification(Intent.other, top, candidates, entities);
        }
        Intent intent = LABELS[order[0]];
        if (intent == Intent.other && acknowledgement) {
            return new Classification(Intent.acknowledgement, top, List.of(), entities);
        }
        if (!intent.isRequest() && !clauses.isEmpty()) {
            // A greeting or thanks around a request: the request is what someone must act on.
            Classification.Scored request = clauses.get(0);
            return new Classification(
                    request.intent(),
                    request.score(),
                    clauses.stream().skip(1).limit(1).toList(),
                    entities);
        }
        List<Classification.Scored> second = clauses.stream()
                .filter(c -> c.intent() != intent)
                .findFirst()
                .map(List::of)
                .orElseGet(() -> secondRequest(reading, intent));
        return new Classification(intent, top, second, entities);
    }

    /** The most likely other request in the message, if the model finds one present. */
    private List<Classification.Scored> secondRequest(Reading reading, Intent first) {
        int best = -1;
        for (int i = 0; i < LABELS.length; i++) {
            Intent candidate = LABELS[i];
            if (candidate.isRequest()
                    && candidate != first
                    && reading.present()[i] >= settings.secondaryThreshold()
                    && (best < 0 || reading.present()[i] > reading.present()[best])) {
                best = i;
            }
        }
        return best < 0 ? List.of() : List.of(new Classification.Scored(LABELS[best], reading.present()[best]));
    }

    /** What the model makes of a message in its context: intent probabilities, presence probabilities, a unit vector. */
    record Reading(double[] probabilities, double[] present, float[] sentence) {}

    Reading read(String text, TurnContext context) {
        String part = limit(text.strip().toLowerCase(Locale.ROOT), MAX_TEXT_CHARS, false);
        String second = secondSegment(context);
        Encoding encoding = second.isEmpty() ? tokenizer.encode(part) : tokenizer.encode(part, second);
        long[] ids = encoding.getIds();
        long[][] shape = {ids};
        long[][] mask = {encoding.getAttentionMask()};
        long[][] types = {encoding.getTypeIds()};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor typesTensor = OnnxTensor.createTensor(environment, types);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor))) {
            float[] logits =
                    ((float[][]) result.get("intent_logits").orElseThrow().getValue())[0];
            float[] presence =
                    ((float[][]) result.get("present_logits").orElseThrow().getValue())[0];
            float[] sentence = ((float[][]) result.get("sentence").orElseThrow().getValue())[0];
            return new Reading(softmax(logits), sigmoid(presence), unit(sentence));
        } catch (OrtException e) {
            throw new IllegalStateException("the intent model failed on a message", e);
        }
    }

    /** The topic's word (the last request, else the stage), then the end of the bot's previous turn: its question is usually last. */
    static String secondSegment(TurnContext context) {
        if (context == null || context.isEmpty()) {
            return "";
        }
        String previous = limit(
                context.previousTurn() == null ? "" : context.previousTurn().strip(), MAX_CONTEXT_CHARS, true);
        String word = context.lastRequest() != null && TOPIC_WORDS.containsKey(context.lastRequest())
                ? TOPIC_WORDS.get(context.lastRequest())
                : context.stage() == null ? "" : STAGE_WORDS.getOrDefault(context.stage(), "");
        return (word + " " + previous).strip();
    }

    /** The first (or last) {@code max} code points, as Python slices a string. */
    private static String limit(String s, int max, boolean fromEnd) {
        int count = s.codePointCount(0, s.length());
        if (count <= max) {
            return s;
        }
        return fromEnd
                ? s.substring(s.offsetByCodePoints(0, count - max))
                : s.substring(0, s.offsetByCodePoints(0, max));
    }

    // ------------------------------------------------------------------------------------------------ shop examples

    @Override
    public boolean learnsExamples() {
        return true;
    }

    /** Replaces all of a shop's own examples (an empty map removes them); they count from the next message on. */
    @Override
    public void setExamples(String shopId, Map<Intent, List<String>> examples) {
        shopExamples.set(shopId, examples, text -> {
            String letters = TextNormalizer.lettersOnly(TextNormalizer.normalize(text));
            return read(letters.isEmpty() ? text : letters, TurnContext.NONE).sentence();
        });
    }

    /** The complaint category head and the sentence vector it reads, for the probe test. */
    ComplaintCategories complaintCategories() {
        return complaintCategories;
    }

    /** A shop's own examples by intent, in the order they were given. */
    public Map<Intent, List<String>> examples(String shopId) {
        return shopExamples.of(shopId);
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }

    // ------------------------------------------------------------------------------------------------ arithmetic

    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] out = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    private static double[] sigmoid(float[] logits) {
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = 1 / (1 + Math.exp(-logits[i]));
        }
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static InputStream resource(String name) {
        InputStream in = IntentModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }
}
