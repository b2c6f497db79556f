package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A shop's own example utterances: stored here, taught to the classifier on every change and again at startup
 * (the classifier keeps them only in memory).
 */
@ApplicationScoped
public class ShopExamples {
    @Inject
    EntityManager em;
    @Inject
    IntentClassifier classifier;

    @Transactional
    void teachAtStartup(@Observes StartupEvent event) {
        if (!classifier.learnsExamples()) {
            return;
        }
        Map<String, Map<Intent, List<String>>> byShop = new TreeMap<>();
        for (Object[] row : rows("select shop_id, intent, text from shop_example order by shop_id, intent, text", null)) {
            byShop.computeIfAbsent((String) row[0], s -> new EnumMap<>(Intent.class))
                    .computeIfAbsent(Intent.valueOf((String) row[1]), i -> new java.util.ArrayList<>()).add((String) row[2]);
        }
        byShop.forEach(classifier::setExamples);
    }

    @Transactional
    public Map<Intent, List<String>> of(String shopId) {
        Map<Intent, List<String>> examples = new LinkedHashMap<>();
        for (Object[] row : rows("select intent, text from shop_example where shop_id = :shop order by intent, text", shopId)) {
            examples.computeIfAbsent(Intent.valueOf((String) row[0]), i -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        return examples;
    }

    /** Replaces the shop's examples, then teaches them; a failure to teach rolls the change back. */
    @Transactional
    public void replace(String shopId, Map<Intent, List<String>> examples) {
        em.createNativeQuery("delete from shop_example where shop_id = :shop").setParameter("shop", shopId).executeUpdate();
        examples.forEach((intent, texts) -> texts.stream().map(String::strip).distinct().forEach(text ->
                em.createNativeQuery("insert into shop_example (shop_id, intent, text) values (:shop, :intent, :text)")
                        .setParameter("shop", shopId).setParameter("intent", intent.name()).setParameter("text", text)
                        .executeUpdate()));
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
