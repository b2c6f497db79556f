package com.dianxiaoer.greeting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "dianxiaoer")
public interface GreetingConfig {

    Chat chat();

    Ops ops();

    Nlu nlu();

    Catalogue catalogue();

    Workbench workbench();

    Retention retention();

    interface Chat {
        /** Longer messages are refused with message_too_long; the playbook's customers write short lines. */
        @WithDefault("2000")
        int maxMessageLength();

        /** How often an open stream also looks in the database, for items written by another instance. */
        @WithDefault("2s")
        Duration streamPollInterval();

        /** Most items one transcript request returns. */
        @WithDefault("500")
        int pageSize();
    }

    interface Ops {
        /** The admin and NLU APIs require it in the X-Api-Key header; ./run sets a local one. */
        Optional<String> apiKey();

        /** Without a key those APIs are closed, but where this is true (dev mode and tests only). */
        @WithDefault("false")
        boolean openWithoutKey();

        /** The paths the key guards (read by the shared OpsKeyFilter); the chat API and the catalogue stay open. */
        @WithDefault("/api/v1/admin,/api/v1/nlu")
        List<String> guardedPaths();
    }

    interface Nlu {
        /** model (the fine-tuned intent model, the measured one) or keyword (rules only: dev mode, which reloads class loaders). */
        @WithDefault("model")
        Classifier classifier();

        enum Classifier {
            model,
            keyword
        }

        /** How often each replica checks for shop examples changed through another (read by TeachShopExamples' schedule). */
        @WithDefault("5s")
        Duration examplesSync();
    }

    interface Catalogue {
        /** How often products not yet announced on catalogue.events (seeded ones) are looked for (read by CatalogueAnnouncements' schedule). */
        @WithDefault("30s")
        Duration announceEvery();
    }

    interface Workbench {
        /** How long an agent stays signed in. */
        @WithDefault("12h")
        Duration sessionTtl();

        /** How often waiting conversations are checked for the holding message (read by HandoffWatch's schedule). */
        @WithDefault("5s")
        Duration holdingSweep();

        /**
         * The shop owner's insights page (insights-service's {@code /insights/}) as a browser reaches it. Set, a shop
         * admin's workbench links to it and hands over the session; unset, no link is shown.
         */
        Optional<URI> insightsUrl();
    }

    interface Retention {
        /** How often conversations past their shop's retention period are erased (read by RetentionSweep's schedule; "off" in tests). */
        @WithDefault("1h")
        String sweepEvery();
    }
}
