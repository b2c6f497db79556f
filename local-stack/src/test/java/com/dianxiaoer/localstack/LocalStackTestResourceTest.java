package com.dianxiaoer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class LocalStackTestResourceTest {
    @Test
    void givesEachResourceItsDatabaseOnOneSharedKafkaAndPostgres() throws Exception {
        LocalStackTestResource greeting = new LocalStackTestResource();
        greeting.init(Map.of("database", "greeting"));
        long t0 = System.nanoTime();
        Map<String, String> config = greeting.start();
        System.out.printf(
                "LocalStackTestResource first start (Kafka + PostgreSQL in parallel) in %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);

        assertThat(config)
                .containsOnlyKeys(
                        "kafka.bootstrap.servers",
                        "quarkus.datasource.jdbc.url",
                        "quarkus.datasource.username",
                        "quarkus.datasource.password");
        assertThat(config.get("kafka.bootstrap.servers")).isEqualTo(LocalStackTestResource.bootstrapServers());
        assertThat(config.get("quarkus.datasource.jdbc.url"))
                .endsWith("/greeting")
                .isEqualTo(LocalStackTestResource.jdbcUrl("greeting"));

        LocalStackTestResource defaults = new LocalStackTestResource();
        defaults.init(Map.of());
        Map<String, String> second = defaults.start();
        assertThat(second.get("kafka.bootstrap.servers")).isEqualTo(config.get("kafka.bootstrap.servers"));
        assertThat(second.get("quarkus.datasource.jdbc.url")).endsWith("/app");
        greeting.stop();
        defaults.stop();

        try (Connection c = DriverManager.getConnection(
                        config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"));
                ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("greeting");
        }
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains(Topics.REPLIES, Topics.deadLetter(Topics.REPLIES));
        }
    }
}
