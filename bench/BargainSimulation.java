import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays bargaining customers against a running stack, the way real ones reach it: through the chat API
 * (greeting-service, then Kafka to negotiation-service and back). Each customer has a kind (the playbook's
 * seven), a hidden reservation price, and a patience; they push, accept an offer at or under their price, or
 * walk away. Outcomes are read from negotiation.events (DealAgreed / NegotiationEnded). Loopback only; bounded.
 *
 *   java -cp "local-stack/target/lib/*" bench/BargainSimulation.java [customers=28] [seed=7]
 * Run the stack with a short supervisor pause to keep it quick:
 *   DIANXIAOER_NEGOTIATION_SUPERVISOR_DELAY=2s ./run
 */
public class BargainSimulation {
    private static final String BASE = "http://localhost:8080";
    private static final String PRODUCT = "wool-coat";
    private static final double LIST = 899;
    /** The demo policy's floor for the coat (V3__demo_price_policies.sql): nobody willing to pay less can be served. */
    private static final double FLOOR = 829;
    private static final Pattern PRICE = Pattern.compile("¥(\\d+(?:\\.\\d+)?)");
    private static final Pattern FIELD = Pattern.compile("\"(conversationId|token)\":\"([^\"]+)\"");
    private static final Map<String, List<String>> LINES = Map.of(
            "promise", List.of("第一次买，便宜点下次还来", "便宜点我介绍朋友来买"),
            "comparison", List.of("别家更便宜", "别人家才卖800多"),
            "flat", List.of("太贵了", "都挺好就是有点贵"),
            "threat_lure", List.of("不便宜就不买了", "便宜点我就多买几件"),
            "bargain_hunter", List.of("抹个零头呗", "再便宜点呗"),
            "sympathy", List.of("我是学生没什么钱", "刚工作手头紧，便宜点吧"),
            "excuse", List.of("预算就这么多，便宜点", "我只带了这么多，少点吧"));

    record Customer(String kind, double reservation, int patience, boolean counters) {
    }

    record Outcome(Customer customer, String conversationId, int pushes, String lastBotText) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 28;
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 7);
        List<String> kinds = new ArrayList<>(LINES.keySet());
        kinds.sort(String::compareTo);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            customers.add(new Customer(kinds.get(i % kinds.size()), LIST * (0.88 + random.nextDouble() * 0.14),
                    2 + random.nextInt(5), random.nextDouble() < 0.3));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 14));
        List<java.util.concurrent.Future<Outcome>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (Customer c : customers) {
            futures.add(pool.submit(() -> play(http, c, new Random(random.nextLong()))));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (var f : futures) {
            outcomes.add(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        Map<String, String> events = readOutcomes(outcomes.stream().map(Outcome::conversationId).toList());
        report(outcomes, events, (System.nanoTime() - start) / 1e9);
    }

    private static Outcome play(HttpClient http, Customer c, Random random) throws Exception {
        String opened = post(http, "/api/v1/conversations", null, "{\"shopId\":\"demo\",\"productId\":\"" + PRODUCT + "\"}");
        String id = null, token = null;
        Matcher m = FIELD.matcher(opened);
        while (m.find()) {
            if (m.group(1).equals("conversationId")) id = m.group(2); else token = m.group(2);
        }
        long seen = 0;
        String last = "";
        double standing = LIST; // the price on offer: the list price until the shop names a lower one
        for (int push = 1; push <= c.patience(); push++) {
            String line = LINES.get(c.kind()).get(random.nextInt(2));
            if (c.counters() && push == 2) {
                line = Math.round(c.reservation() * 0.95) + "卖不卖";
            }
            seen = say(http, id, token, line, seen);
            List<String> bot = waitForBot(http, id, token, seen, push == 4 ? 40 : 15);
            seen += bot.size() + 1;
            if (bot.isEmpty()) {
                break;
            }
            last = String.join(" / ", bot);
            if (last.contains("拍下")) {
                return new Outcome(c, id, push, last); // the shop accepted the customer's own price
            }
            Double offer = lowestOffer(last);
            standing = offer == null ? standing : Math.min(standing, offer);
            if (standing <= c.reservation()) {
                say(http, id, token, "好的，就这个价", seen);
                return new Outcome(c, id, push, last);
            }
            if (last.contains("主管") && !last.contains("久等")) {
                List<String> later = waitForBot(http, id, token, seen, 60);
                seen += later.size();
                last = String.join(" / ", later);
                offer = lowestOffer(last);
                standing = offer == null ? standing : Math.min(standing, offer);
                if (standing <= c.reservation()) {
                    say(http, id, token, "好的，就这个价", seen);
                    return new Outcome(c, id, push, last);
                }
            }
        }
        say(http, id, token, "算了不买了", seen);
        return new Outcome(c, id, c.patience(), last);
    }

    private static Double lowestOffer(String text) {
        // Not offers for the one coat this customer wants: a quantity tier ("2件起每件¥859") and the prices of the
        // cheaper items shown to someone who insists below the floor ("纯羊绒圆领毛衣（¥599）").
        Matcher m = PRICE.matcher(text.replaceAll("\\d+件起每件¥[\\d.]+", "").replaceAll("（¥[\\d.]+）", ""));
        Double lowest = null;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (v >= LIST * 0.5 && v <= LIST && (lowest == null || v < lowest)) {
                lowest = v; // a price of this coat, not a cheaper item's or a 2-piece total
            }
        }
        return lowest;
    }

    private static long say(HttpClient http, String id, String token, String text, long seen) throws Exception {
        post(http, "/api/v1/conversations/" + id + "/messages", token,
                "{\"text\":\"" + text + "\",\"clientMessageId\":\"" + UUID.randomUUID() + "\"}");
        return seen;
    }

    /** Bot items after {@code afterSeq} once the customer's message has been answered, or empty after the timeout. */
    private static List<String> waitForBot(HttpClient http, String id, String token, long afterSeq, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/conversations/" + id + "/messages?after=" + (afterSeq + 1)))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            List<String> texts = new ArrayList<>();
            Matcher m = Pattern.compile("\"role\":\"bot\",\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            while (m.find()) {
                texts.add(m.group(1));
            }
            if (!texts.isEmpty() && !(texts.size() == 1 && texts.get(0).contains("欢迎光临"))) {
                Thread.sleep(300); // a second reply of the same turn may follow
                return texts.stream().filter(t -> !t.contains("欢迎光临")).toList();
            }
            Thread.sleep(200);
        }
        return List.of();
    }

    private static String post(HttpClient http, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, String> readOutcomes(List<String> conversations) {
        Map<String, String> found = new ConcurrentHashMap<>();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "simulation-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("negotiation.events"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && found.size() < conversations.size()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (conversations.contains(r.key())) {
                        found.merge(r.key(), r.value(), (a, b) -> a.contains("DealAgreed") ? a : b);
                    }
                }
            }
        }
        return found;
    }

    private static void report(List<Outcome> outcomes, Map<String, String> events, double seconds) {
        int deals = 0, concessions = 0;
        double priceShare = 0;
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        for (Outcome o : outcomes) {
            String e = events.getOrDefault(o.conversationId(), "");
            int[] k = byKind.computeIfAbsent(o.customer().kind(), x -> new int[2]);
            k[1]++;
            if (e.contains("DealAgreed")) {
                deals++;
                k[0]++;
                priceShare += Double.parseDouble(field(e, "unitPrice")) / LIST;
                concessions += Integer.parseInt(field(e, "concessions"));
            }
        }
        System.out.printf("%d customers in %.0f s: %d deals (%.0f%%), agreed price %.1f%% of list on average, %.2f concessions per deal, %d walked away%n",
                outcomes.size(), seconds, deals, 100.0 * deals / outcomes.size(), deals == 0 ? 0 : 100 * priceShare / deals,
                deals == 0 ? 0 : (double) concessions / deals, outcomes.size() - deals);
        long reachable = outcomes.stream().filter(o -> o.customer().reservation() >= FLOOR).count();
        long reachableDeals = outcomes.stream().filter(o -> o.customer().reservation() >= FLOOR)
                .filter(o -> events.getOrDefault(o.conversationId(), "").contains("DealAgreed")).count();
        System.out.printf("  %d customers would pay at least the floor (¥%.0f); %d of them closed (%.0f%%)%n",
                reachable, FLOOR, reachableDeals, reachable == 0 ? 0 : 100.0 * reachableDeals / reachable);
        byKind.forEach((kind, k) -> System.out.printf("  %-15s %d of %d closed%n", kind, k[0], k[1]));
        if (System.getenv("SIMULATION_VERBOSE") != null) {
            for (Outcome o : outcomes) {
                String e = events.getOrDefault(o.conversationId(), "");
                System.out.printf("  %-15s wants <= %4.0f, %d pushes, %s | %s%n", o.customer().kind(), o.customer().reservation(),
                        o.pushes(), e.contains("DealAgreed") ? "deal at " + field(e, "unitPrice") : "no deal", o.lastBotText());
            }
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([0-9.]+)").matcher(json);
        return m.find() ? m.group(1) : "0";
    }
}
