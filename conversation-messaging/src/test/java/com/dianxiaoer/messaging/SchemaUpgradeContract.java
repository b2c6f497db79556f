package com.dianxiaoer.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database of the release before conversation-messaging owned its tables is upgraded in place (DatabaseSchema), and
 * ends up as a database made new today would be, demo shop included; run in each service as a {@code @QuarkusTest}
 * subclass. The service keeps, frozen in its test resources (db/as-released), that release's migrations that differ
 * from today's or are gone; with today's others they make the old database here, history and all, as a running shop
 * has it.
 */
public abstract class SchemaUpgradeContract {

    @Test
    void aDatabaseOfTheEarlierLayoutIsUpgradedInPlaceKeepingItsRows() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        String base = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String oldUrl = server + base + "_as_released";
        String newUrl = server + base + "_made_new";
        execute(
                url,
                user,
                password,
                "drop database if exists " + base + "_as_released",
                "create database " + base + "_as_released",
                "drop database if exists " + base + "_made_new",
                "create database " + base + "_made_new");

        Flyway.configure()
                .dataSource(oldUrl, user, password)
                .locations("filesystem:" + asReleased())
                .load()
                .migrate();
        UUID handled = UUID.randomUUID();
        execute(
                oldUrl,
                user,
                password,
                "insert into outbox (topic, message_key, payload) values ('conversation.replies', 'c-1', 'waiting')",
                "insert into processed_event (event_id) values ('" + handled + "')");

        Flyway service = serviceMigrations(oldUrl, user, password);
        Flyway messaging = DatabaseSchema.messaging(service.getConfiguration().getDataSource());
        assertThat(DatabaseSchema.upgrade(messaging, service))
                .as("the first start repairs the history the moved migrations left")
                .isTrue();
        DatabaseSchema.demoShop(service.getConfiguration().getDataSource()).migrate();
        assertThat(query(oldUrl, user, password, "select payload from outbox")).containsExactly("waiting");
        assertThat(query(oldUrl, user, password, "select event_id::text from processed_event"))
                .containsExactly(handled.toString());

        Flyway fresh = serviceMigrations(newUrl, user, password);
        DatabaseSchema.upgrade(DatabaseSchema.messaging(fresh.getConfiguration().getDataSource()), fresh);
        DatabaseSchema.demoShop(fresh.getConfiguration().getDataSource()).migrate();
        execute(oldUrl, user, password, "delete from outbox", "delete from processed_event");
        assertThat(layout(oldUrl, user, password))
                .as("the same tables, columns and indexes as a database made new")
                .isEqualTo(layout(newUrl, user, password));
        assertThat(rows(oldUrl, user, password))
                .as("the same rows (the demo shop's) as a database made new")
                .isEqualTo(rows(newUrl, user, password));

        assertThat(DatabaseSchema.upgrade(messaging, service))
                .as("later starts repair nothing")
                .isFalse();
        assertThat(service.validateWithResult().validationSuccessful).isTrue();
        assertThat(messaging.validateWithResult().validationSuccessful).isTrue();
    }

    /** Today's migrations of this service, with those of the release that differ or are gone put back. */
    private static Path asReleased() {
        try {
            Path dir = Files.createTempDirectory("as-released");
            for (String from : List.of("src/main/resources/db/migration", "src/test/resources/db/as-released")) {
                try (Stream<Path> files = Files.list(Path.of(from))) {
                    for (Path f : files.toList()) {
                        Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This service's migrations as its Quarkus application has them, on another database. */
    private static Flyway serviceMigrations(String url, String user, String password) {
        return Flyway.configure()
                .configuration(Arc.container().instance(Flyway.class).get().getConfiguration())
                .dataSource(url, user, password)
                .load();
    }

    /** Every row of every table, but for the times rows were written at (now() differs from one database to the next). */
    private static List<String> rows(String url, String user, String password) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : query(
                url,
                user,
                password,
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' and table_name not like '%history' order by 1")) {
            String columns = String.join(
                    ", ",
                    query(
                            url,
                            user,
                            password,
                            "select quote_ident(column_name) || '::text' from information_schema.columns"
                                    + " where table_schema = 'public' and table_name = '" + table + "'"
                                    + " and data_type not like 'timestamp%' order by ordinal_position"));
            for (String row : query(
                    url, user, password, "select concat_ws('|', " + columns + ") from " + table + " order by 1")) {
                rows.add(table + ": " + row);
            }
        }
        return rows;
    }

    private static List<String> layout(String url, String user, String password) throws SQLException {
        List<String> layout = new ArrayList<>(query(
                url,
                user,
                password,
                "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                        + " || coalesce(column_default, '') from information_schema.columns"
                        + " where table_schema = 'public' and table_name not like '%schema_history' order by 1"));
        layout.addAll(query(
                url,
                user,
                password,
                "select indexdef from pg_indexes where schemaname = 'public'"
                        + " and tablename not like '%schema_history' order by 1"));
        return layout;
    }

    private static void execute(String url, String user, String password, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> query(String url, String user, String password, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
