package com.dianxiaoer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What deploying and observing need from every service's own configuration, so that a new channel or service keeps it. */
class ServiceConfigurationTest {

    @Test
    void livenessLeavesOutKafkaOnEveryChannel() {
        for (ServiceConfig s : ServiceConfig.all()) {
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

    @Test
    void tracingIsOffAndLogsAreJsonOnlyInProd() {
        for (ServiceConfig s : ServiceConfig.all()) {
            assertThat(s.get("quarkus.application.name")).isEqualTo(s.name());
            assertThat(s.get("quarkus.otel.sdk.disabled")).isEqualTo("true");
            assertThat(s.get("quarkus.log.console.json.enabled")).isEqualTo("false");
            assertThat(s.get("%prod.quarkus.log.console.json.enabled")).isEqualTo("true");
            assertThat(s.get("quarkus.micrometer.binder.kafka.enabled")).isEqualTo("true");
        }
    }

    @Test
    void portsAndDatabasesAreOnePerService() {
        assertThat(ServiceConfig.all()).extracting(ServiceConfig::httpPort).doesNotHaveDuplicates();
        assertThat(ServiceConfig.all()).extracting(ServiceConfig::database).doesNotHaveDuplicates();
    }
}
