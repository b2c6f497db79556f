package com.dianxiaoer.insights.messaging;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The insights topology as a process of its own, with the service's processing settings (exactly-once v2, state on
 * disk), so that a test can kill it with SIGKILL in the middle of a stream and start it again on the same state.
 *
 * <p>{@code java InsightsInstance <bootstrap servers> <application id> <state dir>}
 */
public final class InsightsInstance {
    static final Tracking TRACKING = new Tracking(
            Duration.ofSeconds(2), Map.of(), Duration.ofMillis(250), Duration.ofDays(7), ZoneId.of("Asia/Shanghai"));

    public static void main(String[] args) throws InterruptedException {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
        props.put(StreamsConfig.STATE_DIR_CONFIG, args[2]);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // as in k8s: a warm copy of each task's state on the other instance
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        // the broker's smallest: a killed instance's partitions move on after 6 s
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6000);
        props.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), 1000);
        KafkaStreams streams = new KafkaStreams(InsightsTopology.build(TRACKING), props);
        CountDownLatch stopped = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            System.out.println("state " + before + " -> " + now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> streams.close(Duration.ofSeconds(20))));
        // a test JVM that dies leaves no instance behind retrying a broker that is gone
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(1)));
        streams.start();
        stopped.await();
    }
}
