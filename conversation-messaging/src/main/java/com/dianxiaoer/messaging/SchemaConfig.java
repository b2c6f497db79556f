package com.dianxiaoer.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dianxiaoer.schema")
public interface SchemaConfig {
    /**
     * Whether the demo shop's data (db/demo/R__demo_shop.sql of each service) is loaded: in dev mode, in tests, by
     * ./run, docker compose and the k8s dev overlay; never in production unless asked for.
     */
    @WithDefault("false")
    boolean demoShop();
}
