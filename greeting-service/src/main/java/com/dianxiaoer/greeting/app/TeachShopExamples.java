package com.dianxiaoer.greeting.app;

import com.dianxiaoer.greeting.persistence.ShopExamples;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shop teaches the classifier its own ways of saying things. The examples are stored (persistence.ShopExamples) and
 * taught to the classifier, which keeps them only in memory. Each change bumps the shop's version; every replica
 * compares the versions with what it has taught, at startup and every few seconds, so a change made through one
 * replica reaches them all.
 */
@ApplicationScoped
public class TeachShopExamples {
    @Inject
    ShopExamples stored;

    @Inject
    IntentClassifier classifier;

    private final Map<String, Long> taught = new ConcurrentHashMap<>();

    @Transactional
    void teachAtStartup(@Observes StartupEvent event) {
        catchUp();
    }

    @Scheduled(
            every = "${dianxiaoer.nlu.examples-sync:5s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void catchUp() {
        if (!classifier.learnsExamples()) {
            return;
        }
        stored.versions().forEach((shopId, version) -> {
            if (!version.equals(taught.get(shopId))) {
                classifier.setExamples(shopId, stored.of(shopId));
                taught.put(shopId, version);
            }
        });
    }

    @Transactional
    public Map<Intent, List<String>> of(String shopId) {
        return stored.of(shopId);
    }

    /** Replaces the shop's examples and teaches them here at once (the other replicas catch up); a failure to teach rolls the change back. */
    @Transactional
    public Map<Intent, List<String>> replace(String shopId, Map<Intent, List<String>> examples) {
        stored.replace(shopId, examples);
        classifier.setExamples(shopId, examples);
        return stored.of(shopId);
    }
}
