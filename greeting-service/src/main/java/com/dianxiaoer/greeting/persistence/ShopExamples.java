package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shop's own example utterances: stored here and taught to the classifier, which keeps them only in memory. Each
 * change bumps the shop's version; every replica compares the versions with what it has taught, at startup and every
 * few seconds, so a change made through one replica reaches them all.
 */
@ApplicationScoped
public class ShopExamples {
    @Inject
    EntityManager em;

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
        for (Object[] row : rows("select shop_id, version from shop_example_version", null)) {
            String shopId = (String) row[0];
            long version = ((Number) row[1]).longValue();
            if (!Long.valueOf(version).equals(taught.get(shopId))) {
                classifier.setExamples(shopId, of(shopId));
                taught.put(shopId, version);
            }
        }
    }

    @Transactional
    public Map<Intent, List<String>> of(String shopId) {
        Map<Intent, List<String>> examples = new LinkedHashMap<>();
        for (Object[] row :
                rows("select intent, text from shop_example where shop_id = :shop order by intent, text", shopId)) {
            examples.computeIfAbsent(Intent.valueOf((String) row[0]), i -> new ArrayList<>())
                    .add((String) row[1]);
        }
        return examples;
    }

    /**
     * Replaces the shop's examples and bumps their version, then teaches them here at once (the other replicas catch
     * up); a failure to teach rolls the change back.
     */
    @Transactional
    public void replace(String shopId, Map<Intent, List<String>> examples) {
        em.createNativeQuery("delete from shop_example where shop_id = :shop")
                .setParameter("shop", shopId)
                .executeUpdate();
        examples.forEach((intent, texts) -> texts.stream()
                .map(String::strip)
                .distinct()
                .forEach(text -> em.createNativeQuery(
                                "insert into shop_example (shop_id, intent, text) values (:shop, :intent, :text)")
                        .setParameter("shop", shopId)
                        .setParameter("intent", intent.name())
                        .setParameter("text", text)
                        .executeUpdate()));
        em.createNativeQuery("insert into shop_example_version (shop_id, version) values (:shop, 1)"
                        + " on conflict (shop_id) do update set version = shop_example_version.version + 1")
                .setParameter("shop", shopId)
                .executeUpdate();
        classifier.setExamples(shopId, examples);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String shopId) {
        var query = em.createNativeQuery(sql);
        if (shopId != null) {
            query.setParameter("shop", shopId);
        }
        return query.getResultList();
    }
}
