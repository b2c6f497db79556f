import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.StageChanged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How many events a second one insights-service instance keeps up with, on the running stack (./run): a burst of
 * synthetic conversations (opened, a message, the bot's answer; every fourth bargains to a deal) goes to the real
 * topics as fast as the producer can send them, and the consumer group "insights-service" is watched until its lag
 * on those topics is back to zero. events / (time from the first send to zero lag) is the rate it kept up with.
 *
 *   bench/insights.sh [conversations=5000] [bootstrap=localhost:9092]
 *
 * With --watch it sends nothing and prints the group's lag once a second ("lag N") until it is stopped: bench/load.mjs
 * runs it so, to report insights-service's lag under the load benchmark.
 *
 *   bench/insights.sh --watch [bootstrap=localhost:9092]
 */
public class InsightsThroughput {
    private static final List<String> SOURCES = List.of(
            Topics.CONVERSATION_EVENTS, Topics.REPLIES, Topics.NEGOTIATION_EVENTS, Topics.ORDER_EVENTS,
            Topics.AFTERSALES_EVENTS);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--watch")) {
            watch(args.length > 1 ? args[1] : "localhost:9092");
            return;
        }
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String bootstrap = args.length > 1 ? args[1] : "localhost:9092";
        String shop = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin kafka = Admin.create(admin)) {
            Map<TopicPartition, OffsetSpec> sources = sources(kafka);
            long before = lag(kafka, sources);
            System.out.printf("lag before: %d%n", before);
            Map<String, Object> config = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.BATCH_SIZE_CONFIG, 65536);
            long events = 0;
            long start = System.nanoTime();
            long maxLag = 0;
            try (KafkaProducer<String, String> producer =
                    new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < conversations; i++) {
                    for (ProducerRecord<String, String> r : conversation(shop, i)) {
                        producer.send(r);
                        events++;
                    }
                }
                producer.flush();
            }
            double sent = (System.nanoTime() - start) / 1e9;
            System.out.printf("sent %d events (%d conversations) in %.1f s%n", events, conversations, sent);
            long lag;
            while ((lag = lag(kafka, sources)) > 0) {
                maxLag = Math.max(maxLag, lag);
                TimeUnit.MILLISECONDS.sleep(250);
                if ((System.nanoTime() - start) / 1e9 > 600) {
                    throw new IllegalStateException("still " + lag + " behind after 10 minutes");
                }
            }
            double caughtUp = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "caught up after %.1f s (largest lag seen %d): %.0f events/s kept up with%n",
                    caughtUp, maxLag, events / caughtUp);
        }
    }

    private static List<ProducerRecord<String, String>> conversation(String shop, int i) {
        String id = UUID.randomUUID().toString();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Envelope opened = Envelope.of(shop, id, null, Actor.customer, "greeting-service", null, null,
                new ConversationOpened("bench-" + i, "zh-CN", "wool-coat"));
        Envelope asked = opened.cause(1L, Actor.customer, "greeting-service",
                new CustomerMessageReceived("m1", null, "有货吗"));
        records.add(new ProducerRecord<>(Topics.CONVERSATION_EVENTS, id, EventJson.write(opened)));
        records.add(new ProducerRecord<>(Topics.CONVERSATION_EVENTS, id, EventJson.write(asked)));
        records.add(new ProducerRecord<>(Topics.REPLIES, id, EventJson.write(
                asked.cause(2L, Actor.bot, "greeting-service", new BotReplied("有的", "stock", List.of(), "m1")))));
        if (i % 4 == 0) {
            records.add(new ProducerRecord<>(Topics.CONVERSATION_EVENTS, id, EventJson.write(asked.cause(null,
                    Actor.system, "greeting-service", new StageChanged(Stage.greeting, Stage.negotiation, "routed")))));
            records.add(new ProducerRecord<>(Topics.NEGOTIATION_EVENTS, id, EventJson.write(asked.cause(null,
                    Actor.customer, "negotiation-service",
                    new DealAgreed("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("859"), List.of(), true, 1)))));
        }
        return records;
    }

    private static void watch(String bootstrap) throws Exception {
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> sources = sources(kafka);
            // until whoever reads the lag is gone (System.out swallows the broken pipe; checkError reports it)
            while (!System.out.checkError()) {
                long at = System.nanoTime();
                System.out.println("lag " + lag(kafka, sources));
                TimeUnit.NANOSECONDS.sleep(Math.max(0, 1_000_000_000L - (System.nanoTime() - at)));
            }
        }
    }

    /** The partitions of the topics insights-service reads, looked up once: they do not change during a run. */
    private static Map<TopicPartition, OffsetSpec> sources(Admin kafka) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var topic : kafka.describeTopics(SOURCES).allTopicNames().get().values()) {
            topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        return latest;
    }

    /** How far the group "insights-service" is behind on the topics it reads. */
    private static long lag(Admin kafka, Map<TopicPartition, OffsetSpec> sources) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                kafka.listConsumerGroupOffsets("insights-service").partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var e : kafka.listOffsets(sources).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(e.getKey());
            lag += e.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }
}
