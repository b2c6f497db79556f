package com.dianxiaoer.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.jboss.logging.Logger;

/**
 * Brings a service's database up to date before any consumer, sweep or request touches it (this runs ahead of the
 * messaging channels at startup): conversation-messaging's own tables first, with a history of their own, then the
 * service's (quarkus.flyway.*, its db/migration), then, where it is wanted (SchemaConfig), the demo shop's data.
 *
 * <p>Databases created before conversation-messaging owned its tables have those tables' migrations in the service's
 * history, and some of the service's first migrations created them inline, or the demo shop's rows. The first start
 * that finds no history of conversation-messaging's adopts the tables (its migrations only add what is missing) and,
 * if the service's history no longer matches its files, repairs it once with Flyway's repair (the moved migrations
 * are marked deleted, the checksums of the trimmed ones realigned; nothing in the tables changes). Every later start
 * validates strictly, as Flyway does by default.
 */
@ApplicationScoped
public class DatabaseSchema {
    public static final String HISTORY = "messaging_schema_history";
    public static final String DEMO_HISTORY = "demo_shop_history";
    /** conversation-messaging's migrations, in order. Listed, not scanned: the jar is read by Quarkus's class loader. */
    static final List<String> MIGRATIONS = List.of("db/messaging/V1__messaging.sql");
    /** Each service's demo shop: inserts that leave existing rows alone, run again whenever the file changes. */
    static final String DEMO_SHOP = "db/demo/R__demo_shop.sql";

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class);

    @Inject
    Flyway service;

    @Inject
    DataSource dataSource;

    @Inject
    SchemaConfig config;

    /** Ahead of the scheduler's sweeps too, which start at PLATFORM_BEFORE. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent start) {
        migrate();
    }

    public void migrate() {
        upgrade(messaging(dataSource), service);
        if (config.demoShop()) {
            demoShop(dataSource).migrate();
        }
    }

    /** Returns whether the service's history had to be repaired (once, on the first start after the move). */
    static boolean upgrade(Flyway messaging, Flyway service) {
        // The repair comes before conversation-messaging's history exists: a start that dies in between finds that
        // history still missing and checks again (nothing left to repair), so no database is left half adopted.
        boolean repaired = false;
        if (messaging.info().applied().length == 0 && service.info().applied().length > 0) {
            ValidateResult check = service.validateWithResult();
            if (!check.validationSuccessful) {
                LOG.warnf(
                        "first start with conversation-messaging's own schema history: repairing this service's"
                                + " history, whose migrations gave their tables to it (%s)",
                        check.invalidMigrations.stream()
                                .map(m -> "V" + m.version + " " + m.description)
                                .collect(Collectors.joining(", ")));
                service.repair();
                repaired = true;
            }
        }
        messaging.migrate();
        service.migrate();
        return repaired;
    }

    static Flyway messaging(DataSource dataSource) {
        return scripts(dataSource, HISTORY, "classpath:db/messaging", MIGRATIONS);
    }

    static Flyway demoShop(DataSource dataSource) {
        if (DatabaseSchema.class.getClassLoader().getResource(DEMO_SHOP) == null) {
            throw new IllegalStateException(
                    "dianxiaoer.schema.demo-shop is on, but this service has no " + DEMO_SHOP + " on its classpath");
        }
        return scripts(dataSource, DEMO_HISTORY, "classpath:db/demo", List.of(DEMO_SHOP));
    }

    private static Flyway scripts(DataSource dataSource, String history, String where, List<String> paths) {
        ClassLoader loader = DatabaseSchema.class.getClassLoader();
        Location location = new Location(where);
        List<LoadableResource> scripts = paths.stream()
                .<LoadableResource>map(path -> new ClassPathResource(location, path, loader, StandardCharsets.UTF_8))
                .toList();
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .table(history)
                .locations(location)
                .resourceProvider(new Scripts(scripts))
                .javaMigrationClassProvider(new NoJavaMigrations())
                // the service's own tables are there already, or come after: this history starts empty beside them
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private record Scripts(List<LoadableResource> scripts) implements ResourceProvider {
        @Override
        public LoadableResource getResource(String name) {
            return scripts.stream()
                    .filter(s -> s.getRelativePath().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return scripts.stream()
                    .filter(s -> s.getFilename().startsWith(prefix)
                            && List.of(suffixes).stream().anyMatch(s.getFilename()::endsWith))
                    .toList();
        }
    }

    private static final class NoJavaMigrations implements ClassProvider<JavaMigration> {
        @Override
        public Collection<Class<? extends JavaMigration>> getClasses() {
            return List.of();
        }
    }
}
