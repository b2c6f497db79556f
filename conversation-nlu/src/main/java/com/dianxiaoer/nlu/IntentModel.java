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
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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
 * one of them takes its intent. Thread-safe; load once, at startup (about a second, ~60 MB of native memory).
 */
public final class IntentModel implements IntentClassifier, AutoCloseable {
    public static final int MAX_SHOP_EXAMPLES = 2_000;
    /** The model's label order: training/data.py's INTENTS. */
    private static final Intent[] LABELS = {
            Intent.greeting, Intent.goodbye_thanks, Intent.stock, Intent.size_spec, Intent.authenticity,
            Intent.promotion, Intent.bargain, Intent.payment, Intent.invoice, Intent.shipping_time, Intent.logistics,
            Intent.address_change, Intent.order_change, Intent.return_refund, Intent.complaint, Intent.human_agent,
            Intent.other};
    private static final Map<String, String> STAGE_WORDS = Map.of("negotiation", "议价", "order", "订单", "aftersales", "售后");
    private static final Map<Intent, String> TOPIC_WORDS = Map.ofEntries(Map.entry(Intent.stock, "库存"),
            Map.entry(Intent.size_spec, "商品"), Map.entry(Intent.authenticity, "正品"), Map.entry(Intent.promotion, "优惠"),
            Map.entry(Intent.bargain, "议价"), Map.entry(Intent.payment, "付款"), Map.entry(Intent.invoice, "发票"),
            Map.entry(Intent.shipping_time, "发货"), Map.entry(Intent.logistics, "物流"), Map.entry(Intent.address_change, "地址"),
            Map.entry(Intent.order_change, "订单"), Map.entry(Intent.return_refund, "售后"), Map.entry(Intent.complaint, "投诉"),
            Map.entry(Intent.human_agent, "人工"));
    private static final int MAX_TEXT_CHARS = 96;
    private static final int MAX_CONTEXT_CHARS = 48;
    private static final int MAX_CLAUSES = 3;
    /** The presence of a second request at which the clauses are read one by one to confirm it. */
    private static final double CLAUSE_HINT = 0.1;
    /** A clause that asks something: two of them in one message are two questions, whatever the whole reading hints. */
    private static final Pattern ASKS = Pattern.compile("吗|嘛|么|呢|[?？]|多少|几[天号时个件]|什么|啥|怎么|能不能|可不可以|有没有|是不是");
    /** An amount, then within a few characters a question whether the shop will sell at it. */
    private static final Pattern PRICE_OFFER = Pattern.compile(
            "(\\d|[一二三四五六七八九十百千])\\s*(块|元|块钱)?\\s*(卖不卖|卖吗|能卖吗|行不行|行吗|可以不|可以吗|成不成|出不出|能不能卖|包邮吗|包邮不|行就拍|行就买|行就要|就拍|就要了|行吧|成吧|能拍吗|能拍不|可以拍吗|拍得了吗)");
    /**
     * Plain words of a bargain ("能便宜点吗", "打个折") and of after-sales ("要售后"), and a size asked after ("XXL有吗"):
     * they mean what they say even where the reading in context ended elsewhere or torn between two.
     */
    private static final Pattern PLAIN_BARGAIN = Pattern.compile("(能|可以|再)?便宜(一?点|些)|打个?折|抹个?零|少(一?点|算点)|优惠(一?点|些)"
            + "|只有\\s*\\d|预算|只带了");
    private static final Pattern PLAIN_AFTERSALES = Pattern.compile("售后|退货|退款|换货");
    private static final Pattern ASKS_IF_THERE = Pattern.compile("有吗|有没有|还有|有货|有不");
    private static final Pattern BARGAIN_PUSH = Pattern.compile("贵|便宜|少点|少算|少一点|抹零|零头|打折|打个折|折扣|降价|让点|让一点|优惠点|再优惠"
            + "|预算|只批|只带了|就这么多|只有这么多|没那么多钱|钱不够|只有\\d|走了|不买了|别家|其他家|人家|拼多多|最低|底价|实价|包邮|送点|送个|送我"
            + "|赠品|小礼品|礼物|学生");
    /** A yes to the shop's price while bargaining: the bargaining stage tells a deal from a push. Not thanks or goodbye. */
    private static final Pattern ACCEPTS = Pattern.compile("^(那|那就|好|好吧|行吧|嗯)?\\s*(行|好的|可以|成交|ok|拍了|要了|买了|就这个价|就这样|下单|拍下|就它|就要|定了)");
    private static final Pattern THANKS_OR_BYE = Pattern.compile("谢|拜|再见|考虑|再看看|想想");
    /** "那三件呢", "两件的话", "到手多少": while bargaining, the price of what was just discussed. */
    private static final Pattern PRICE_FOLLOW_UP = Pattern.compile("到手|(几|[两三四五六七八九十\\d]+)\\s*(件|条|双|个|套).{0,4}(呢|的话|多少|怎么算|什么价)");
    private static final Pattern AFTER_SALES_WORD = Pattern.compile("退|换货|坏|破|质量|投诉|发错|漏发|少发|订单|物流|快递|赔|补偿");
    private static final Pattern BARE_PRICE = Pattern.compile("(?:那|那就|就|那么)?\\s*[¥￥]?\\s*(\\d{2,5}(?:\\.\\d+)?)\\s*(?:块钱|块|元)?\\s*(?:吧|呢|怎么样|如何|好不好|行么|行|成吗|可好)?[\\s?？!！。.~～啊呀]*");
    /** "800真不行吗", "870行吧", "还是要吧 869行吧": while bargaining, a number put to the shop is a price. */
    private static final Pattern NUMBER_OFFERED = Pattern.compile("(?<![\\d.])(\\d{2,5})(?!\\d)\\s*(?:块钱|块|元)?\\s*(?:真的?)?(?:不行|行|可以|卖|成|好不好|包邮|能拍|拍|就\\1)");
    private static final Pattern PRICE_QUESTION = Pattern.compile("多少钱|怎么卖|什么价|啥价|一共多少|总共多少|价格是多少|价钱是多少|卖多少");
    private static final Pattern NOT_THE_PRICE = Pattern.compile("运费|邮费|快递费|退|赔|补偿|发票|差价|订单|付了|扣了");
    /** Not "." : it sits inside links and prices. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\s,，。!！?？;；~～、]+|另外|顺便问下|顺便问一下|对了");
    private static final String MODEL = "/nlu/intent-model.onnx";
    private static final String TOKENIZER = "/nlu/intent-model-tokenizer.json";

    /**
     * {@code clarifyMargin}: when the best intent's probability beats the runner-up's by less, the customer is asked to
     * choose. {@code secondaryThreshold}: a second request is kept when its presence probability reaches this.
     * {@code clauseConfidence}: in a message of several clauses, each clause is also read alone, and one that reads as
     * a request with at least this probability counts as one (0 turns clause reading off).
     * {@code shopExampleSimilarity}: the cosine at which a shop's own phrase decides.
     */
    public record Settings(double clarifyMargin, double secondaryThreshold, double clauseConfidence, double shopExampleSimilarity) {
        public static final Settings DEFAULT = new Settings(0.20, 0.5, 0.8, 0.93);

        /** The defaults, with any of them replaced by a system property ({@code -Dnlu.clarifyMargin=0.15}): for evaluations. */
        public static Settings fromSystemProperties() {
            return new Settings(Double.parseDouble(System.getProperty("nlu.clarifyMargin", "" + DEFAULT.clarifyMargin)),
                    Double.parseDouble(System.getProperty("nlu.secondaryThreshold", "" + DEFAULT.secondaryThreshold)),
                    Double.parseDouble(System.getProperty("nlu.clauseConfidence", "" + DEFAULT.clauseConfidence)),
                    Double.parseDouble(System.getProperty("nlu.shopExampleSimilarity", "" + DEFAULT.shopExampleSimilarity)));
        }
    }

    private final Settings settings;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final Map<String, List<ShopExample>> shops = new ConcurrentHashMap<>();

    public IntentModel() {
        this(Settings.DEFAULT);
    }

    public IntentModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
        try (InputStream model = resource(MODEL); InputStream json = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // One thread per call: the service runs calls side by side, and ONNX Runtime's own pool would spin.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "truncation", "false"));
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
        Optional<String> offered = numberOffered(normalized);
        List<Entity> entities = withOfferedNumber(EntityExtractor.extract(normalized), offered);
        Matcher bare = BARE_PRICE.matcher(normalized.strip());
        Optional<String> price = bare.matches() ? Optional.of(bare.group(1)) : offered;
        if (bargaining(ctx) && price.isPresent() && !AFTER_SALES_WORD.matcher(normalized).find()) {
            List<Entity> withPrice = new ArrayList<>(entities);
            withPrice.removeIf(e -> e.type().equals("amount"));
            withPrice.add(new Entity("amount", price.get(), price.get()));
            return new Classification(Intent.bargain, 0.9, List.of(), withPrice);
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
        List<ShopExample> own = shopId == null ? null : shops.get(shopId);
        if (own != null) {
            float[] vector = ctx.isEmpty() ? reading.sentence() : read(text, TurnContext.NONE).sentence();
            ShopExample nearest = null;
            double best = -1;
            for (ShopExample e : own) {
                double similarity = dot(vector, e.vector());
                if (similarity > best) {
                    best = similarity;
                    nearest = e;
                }
            }
            if (nearest != null && best >= settings.shopExampleSimilarity()) {
                return new Classification(nearest.intent(), best, List.of(), entities);
            }
        }
        Classification decided = decide(reading, acknowledgement, entities, clauseRequests(text, reading));
        if (offersAPrice(normalized, entities, ctx)) {
            return asBargain(decided, clauses(text).size() > 1);
        }
        if (pushesWhileBargaining(normalized, ctx) && decided.intent() != Intent.bargain && decided.intent() != Intent.promotion) {
            return new Classification(Intent.bargain, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
        }
        Optional<Intent> plain = plainlySaid(normalized, entities, decided);
        if (plain.isPresent()) {
            return new Classification(plain.get(), Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
        }
        if (bargaining(ctx) && !AFTER_SALES_WORD.matcher(normalized).find() && decided.intent() != Intent.bargain
                && decided.intent() != Intent.promotion && decided.intent() != Intent.payment) {
            if (ACCEPTS.matcher(normalized.strip()).find() && !THANKS_OR_BYE.matcher(normalized).find()) {
                return new Classification(Intent.bargain, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
            }
            if (PRICE_FOLLOW_UP.matcher(normalized).find()) {
                return new Classification(Intent.promotion, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
            }
        }
        return asksThePrice(normalized, ctx) ? asPromotion(decided, clauses(text).size() > 1, normalized) : decided;
    }

    /**
     * A price the customer names and asks to pay ("100块卖不卖", "80行不行", "两件290可以吗") is a bargain, whatever else
     * the message says: the model learnt from chats that hold eleven bargains in four thousand turns, and a shop's
     * bargaining depends on hearing every offer. Not with after-sales words there, where "补偿50行不行" is about a complaint.
     */
    private static boolean offersAPrice(String normalized, List<Entity> entities, TurnContext context) {
        return !(inAfterSales(context) && AFTER_SALES_WORD.matcher(normalized).find()) && entities.stream().anyMatch(e -> e.type().equals("amount"))
                && PRICE_OFFER.matcher(normalized).find();
    }

    /**
     * "还是贵", "再少点" while bargaining is one more push. The bot's last turn there is full of prices, which the
     * model, taught on chats where numbers mostly meant orders, can take for an order or a refund.
     */
    private static boolean pushesWhileBargaining(String normalized, TurnContext context) {
        return bargaining(context) && BARGAIN_PUSH.matcher(normalized).find() && !AFTER_SALES_WORD.matcher(normalized).find();
    }

    /**
     * Where the reading is torn or off the words: a bargain said plainly is a bargain (not with after-sales words), an
     * after-sales word in a torn or idle reading is after-sales, and a size asked after is stock.
     */
    private static Optional<Intent> plainlySaid(String normalized, List<Entity> entities, Classification decided) {
        Intent read = decided.intent();
        boolean priceIntent = read == Intent.bargain || read == Intent.promotion
                || read.isRequest() && (decided.secondary() == Intent.bargain || decided.secondary() == Intent.promotion);
        if (!priceIntent && !read.equals(Intent.payment) && PLAIN_BARGAIN.matcher(normalized).find()
                && !AFTER_SALES_WORD.matcher(normalized).find()) {
            return Optional.of(Intent.bargain);
        }
        if (read == Intent.other && PLAIN_AFTERSALES.matcher(normalized).find()) {
            return Optional.of(Intent.return_refund);
        }
        if (read == Intent.other && ASKS_IF_THERE.matcher(normalized).find() && entities.stream().anyMatch(e -> e.type().equals("size"))) {
            return Optional.of(Intent.stock);
        }
        return Optional.empty();
    }

    /** "859能拍吗", "800真不行吗": a number put to the shop with no unit is a price all the same. */
    private static List<Entity> withOfferedNumber(List<Entity> entities, Optional<String> offered) {
        boolean priced = entities.stream().anyMatch(e -> e.type().equals("amount") || e.type().equals("price"));
        if (priced || offered.isEmpty()) {
            return entities;
        }
        List<Entity> more = new ArrayList<>(entities);
        more.add(new Entity("amount", offered.get(), offered.get()));
        return more;
    }

    private static Optional<String> numberOffered(String normalized) {
        Matcher offered = NUMBER_OFFERED.matcher(normalized);
        return offered.find() ? Optional.of(offered.group(1)) : Optional.empty();
    }

    /** "那298吧", "860呢": while bargaining, a number said alone (or put to the shop) is the shopper's price. */
    private static boolean bargaining(TurnContext context) {
        return "negotiation".equals(context.stage())
                && (context.lastRequest() == Intent.bargain || context.lastRequest() == Intent.promotion);
    }

    /**
     * "这件大衣多少钱", "两件多少钱", "三条怎么卖": what one or several cost, after the promotions and the tiers, is
     * the bargaining stage's question (the model, taught on chats about orders, read the first as a size question).
     * Not shipping, refunds or invoices, and not with after-sales words in after-sales ("T恤买三件多少钱" after a
     * complaint is a new purchase).
     */
    private static boolean asksThePrice(String normalized, TurnContext context) {
        return !(inAfterSales(context) && AFTER_SALES_WORD.matcher(normalized).find()) && PRICE_QUESTION.matcher(normalized).find()
                && !NOT_THE_PRICE.matcher(normalized).find();
    }

    private static boolean inAfterSales(TurnContext context) {
        return "aftersales".equals(context.stage());
    }

    /**
     * The bargain first. What the model read stays as the second request only when the message has another
     * clause to hold it and the reading was a clear request: in "874卖不卖" alone the number is what it read.
     */
    private Classification asBargain(Classification decided, boolean severalClauses) {
        if (decided.intent() == Intent.bargain) {
            return severalClauses ? decided : new Classification(Intent.bargain, decided.confidence(), List.of(), decided.entities());
        }
        List<Classification.Scored> second = severalClauses && decided.intent().isRequest() && decided.confidence() >= settings.clauseConfidence()
                ? List.of(new Classification.Scored(decided.intent(), decided.confidence())) : List.of();
        return new Classification(Intent.bargain, Math.max(decided.confidence(), 0.5), second, decided.entities());
    }

    /**
     * The price question first; in a message of several clauses ("这个有货吗 多少钱能包邮"), what the clauses asked
     * stays, with the price question second unless a price intent is already there.
     */
    private static Classification asPromotion(Classification decided, boolean severalClauses, String normalized) {
        if (decided.intent() == Intent.bargain && !severalClauses && !BARGAIN_PUSH.matcher(normalized).find()) {
            // "多少钱" asks the price, it pushes on nothing: the answer starts from the list price.
            return new Classification(Intent.promotion, decided.confidence(), List.of(), decided.entities());
        }
        boolean priced = decided.intent() == Intent.promotion || decided.intent() == Intent.bargain
                || decided.intent().isRequest() && decided.alternatives().stream().anyMatch(a -> a.intent() == Intent.promotion || a.intent() == Intent.bargain);
        if (priced) {
            return decided;
        }
        if (severalClauses && decided.intent().isRequest()) {
            List<Classification.Scored> second = new ArrayList<>(decided.alternatives());
            second.add(0, new Classification.Scored(Intent.promotion, 0.5));
            return new Classification(decided.intent(), decided.confidence(), second, decided.entities());
        }
        return new Classification(Intent.promotion, Math.max(decided.confidence(), 0.5), List.of(), decided.entities());
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
        if (clauses.size() < 2 || !hinted && clauses.stream().filter(c -> ASKS.matcher(c).find()).count() < 2) {
            return List.of();
        }
        List<Classification.Scored> requests = new ArrayList<>();
        for (String clause : clauses) {
            double[] p = read(clause, TurnContext.NONE).probabilities();
            int best = argmax(p);
            Intent intent = LABELS[best];
            if (intent.isRequest() && p[best] >= settings.clauseConfidence() && requests.stream().noneMatch(r -> r.intent() == intent)) {
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
            if (TextNormalizer.lettersOnly(clause).codePointCount(0, TextNormalizer.lettersOnly(clause).length()) < 2) {
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

    private Classification decide(Reading reading, boolean acknowledgement, List<Entity> entities, List<Classification.Scored> clauses) {
        Integer[] order = IntStream.range(0, LABELS.length).boxed()
                .sorted(Comparator.comparingDouble(i -> -reading.probabilities()[i])).toArray(Integer[]::new);
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
            return new Classification(request.intent(), request.score(), clauses.stream().skip(1).limit(1).toList(), entities);
        }
        List<Classification.Scored> second = clauses.stream().filter(c -> c.intent() != intent).findFirst()
                .map(List::of).orElseGet(() -> secondRequest(reading, intent));
        return new Classification(intent, top, second, entities);
    }

    /** The most likely other request in the message, if the model finds one present. */
    private List<Classification.Scored> secondRequest(Reading reading, Intent first) {
        int best = -1;
        for (int i = 0; i < LABELS.length; i++) {
            Intent candidate = LABELS[i];
            if (candidate.isRequest() && candidate != first && reading.present()[i] >= settings.secondaryThreshold()
                    && (best < 0 || reading.present()[i] > reading.present()[best])) {
                best = i;
            }
        }
        return best < 0 ? List.of() : List.of(new Classification.Scored(LABELS[best], reading.present()[best]));
    }

    /** What the model makes of a message in its context: intent probabilities, presence probabilities, a unit vector. */
    record Reading(double[] probabilities, double[] present, float[] sentence) {
    }

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
             OrtSession.Result result = session.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor,
                     "token_type_ids", typesTensor))) {
            float[] logits = ((float[][]) result.get("intent_logits").orElseThrow().getValue())[0];
            float[] presence = ((float[][]) result.get("present_logits").orElseThrow().getValue())[0];
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
        String previous = limit(context.previousTurn() == null ? "" : context.previousTurn().strip(), MAX_CONTEXT_CHARS, true);
        String word = context.lastRequest() != null && TOPIC_WORDS.containsKey(context.lastRequest()) ? TOPIC_WORDS.get(context.lastRequest())
                : context.stage() == null ? "" : STAGE_WORDS.getOrDefault(context.stage(), "");
        return (word + " " + previous).strip();
    }

    /** The first (or last) {@code max} code points, as Python slices a string. */
    private static String limit(String s, int max, boolean fromEnd) {
        int count = s.codePointCount(0, s.length());
        if (count <= max) {
            return s;
        }
        return fromEnd ? s.substring(s.offsetByCodePoints(0, count - max)) : s.substring(0, s.offsetByCodePoints(0, max));
    }

    // ------------------------------------------------------------------------------------------------ shop examples

    private record ShopExample(Intent intent, String text, float[] vector) {
    }

    @Override
    public boolean learnsExamples() {
        return true;
    }

    /** Replaces all of a shop's own examples (an empty map removes them); they count from the next message on. */
    @Override
    public void setExamples(String shopId, Map<Intent, List<String>> examples) {
        Objects.requireNonNull(shopId, "shopId");
        List<ShopExample> encoded = new ArrayList<>();
        examples.forEach((intent, texts) -> texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .forEach(t -> encoded.add(new ShopExample(intent, t, read(t, TurnContext.NONE).sentence()))));
        if (encoded.size() > MAX_SHOP_EXAMPLES) {
            throw new IllegalArgumentException("a shop may have at most " + MAX_SHOP_EXAMPLES + " examples");
        }
        if (encoded.isEmpty()) {
            shops.remove(shopId);
        } else {
            shops.put(shopId, List.copyOf(encoded));
        }
    }

    /** A shop's own examples by intent, in the order they were given. */
    public Map<Intent, List<String>> examples(String shopId) {
        Map<Intent, List<String>> out = new EnumMap<>(Intent.class);
        for (ShopExample e : shops.getOrDefault(shopId, List.of())) {
            out.computeIfAbsent(e.intent(), i -> new ArrayList<>()).add(e.text());
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }

    // ------------------------------------------------------------------------------------------------ arithmetic

    private static double[] softmax(float[] logits) {
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

    private static double dot(float[] a, float[] b) {
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
