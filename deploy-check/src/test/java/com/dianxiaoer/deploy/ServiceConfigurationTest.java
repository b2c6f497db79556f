package com.dianxiaoer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What deploying and observing need from every service's own configuration, so that a new channel or service keeps it. */
class ServiceConfigurationTest {

    @Test
    void livenessLeavesOutKafkaOnEveryChannel() {
        for (ServiceConfig s : ServiceConfig.all()) {
            if (s.kafkaStreams()) {
                // Kafka Streams instead of channels: the extension's own checks (topics in readiness, the Streams
                // client's state in liveness), and the state survives a restart in its volume.
                assertThat(s.channels())
                        .as("%s: Kafka Streams, not channels", s.name())
                        .isEmpty();
                assertThat(s.get("kafka-streams.processing.guarantee")).isEqualTo("exactly_once_v2");
                assertThat(s.inputTopics())
                        .as("%s waits for its input topics", s.name())
                        .isNotEmpty();
                continue;
            }
            assertThat(s.channels()).as("%s has channels", s.name()).isNotEmpty();
            for (String channel : s.channels()) {
                assertThat(s.properties().getProperty("quarkus.messaging.health." + channel + ".liveness.enabled"))
                        .as(
                                "%s: add quarkus.messaging.health.%s.liveness.enabled=false (a Kafka outage must not restart pods)",
                                s.name(), channel)
                        .isEqualTo("false");
            }
        }
    }

    /**
     * What k8s sets for a Kafka Streams application must reach Kafka Streams: Quarkus hands it the kafka-streams.*
     * properties it finds by name, and an environment variable carries such a name only when the property is written in
     * application.properties (else it becomes kafka.streams.*, which nothing reads).
     */
    @Test
    void kafkaStreamsSettingsThatDeploymentsSetAreWrittenInTheProperties() {
        for (ServiceConfig s : ServiceConfig.all()) {
            if (!s.kafkaStreams()) {
                continue;
            }
            for (String key : new String[] {
                "kafka-streams.state.dir", "kafka-streams.replication.factor", "kafka-streams.num.standby.replicas"
            }) {
                assertThat(s.properties().getProperty(key))
                        .as("%s: %s is written, so %s overrides it", s.name(), key, ServiceConfig.environmentName(key))
                        .isNotNull();
            }
        }
    }

    @Test
    void tracingIsOffAndLogsAreJsonOnlyInProd() {
        for (ServiceConfig s : ServiceConfig.all()) {
            assertThat(s.get("quarkus.application.name")).isEqualTo(s.name());
            if (s.traced()) {
                assertThat(s.get("quarkus.otel.sdk.disabled")).isEqualTo("true");
            } else {
                // no OpenTelemetry in it: the deployments must not pretend to switch it on
                assertThat(s.properties().stringPropertyNames())
                        .as("%s has no tracing", s.name())
                        .noneMatch(k -> k.startsWith("quarkus.otel."));
            }
            assertThat(s.get("quarkus.log.console.json.enabled")).isEqualTo("false");
            assertThat(s.get("%prod.quarkus.log.console.json.enabled")).isEqualTo("true");
            assertThat(s.get("quarkus.micrometer.binder.kafka.enabled")).isEqualTo("true");
        }
    }

    @Test
    void portsAndDatabasesAreOnePerService() {
        assertThat(ServiceConfig.all()).extracting(ServiceConfig::httpPort).doesNotHaveDuplicates();
        assertThat(ServiceConfig.withDatabase())
                .extracting(ServiceConfig::database)
                .doesNotHaveDuplicates();
        assertThat(ServiceConfig.all())
                .as("every service but insights-service keeps a database")
                .filteredOn(s -> !s.hasDatabase())
                .extracting(ServiceConfig::name)
                .containsExactly("insights-service");
    }
}
