import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long a customer waits for the shop's welcome: opens N conversations one after another against a running
 * stack, and for each one times from the POST of "在吗" to the welcome arriving on the SSE stream (the path the
 * widget sees: HTTP, PostgreSQL, Kafka, front desk, PostgreSQL, SSE). Loopback only; bounded in count and time.
 *
 *   java bench/WelcomeLatency.java [baseUrl=http://localhost:8080] [conversations=50]
 */
public class WelcomeLatency {
    private static final Pattern FIELD = Pattern.compile("\"(conversationId|token)\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("benchmarks target this machine only");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            double ms = oneConversation(http, base);
            if (i >= 5) {
                millis.add(ms); // the first five warm up the JIT and the connection pools
            }
        }
        Collections.sort(millis);
        System.out.printf("welcome latency over %d conversations: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                n, pct(millis, 50), pct(millis, 95), millis.get(millis.size() - 1));
    }

    private static double oneConversation(HttpClient http, String base) throws Exception {
        String opened = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shopId\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String id = null, token = null;
        Matcher m = FIELD.matcher(opened);
        while (m.find()) {
            if (m.group(1).equals("conversationId")) id = m.group(2); else token = m.group(2);
        }
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + id + "/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Long> welcomed = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> lines = stream.body()) {
                return lines.filter(l -> l.startsWith("data:") && l.contains("\"role\":\"bot\"")).findFirst()
                        .map(l -> System.nanoTime()).orElseThrow();
            }
        });
        long start = System.nanoTime();
        http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + id + "/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"在吗\",\"clientMessageId\":\"" + UUID.randomUUID() + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
        long end = welcomed.get(10, TimeUnit.SECONDS);
        return (end - start) / 1e6;
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
