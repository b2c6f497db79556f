package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.nlu.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shop's own example utterances, and the version of each shop's set (bumped by every change). */
@ApplicationScoped
public class ShopExamples {
    @Inject
    EntityManager em;

    /** Every shop's version of its examples. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Object[] row : rows("select shop_id, version from shop_example_version", null)) {
            versions.put((String) row[0], ((Number) row[1]).longValue());
        }
        return versions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Intent, List<String>> of(String shopId) {
        Map<Intent, List<String>> examples = new LinkedHashMap<>();
        for (Object[] row :
                rows("select intent, text from shop_example where shop_id = :shop order by intent, text", shopId)) {
            examples.computeIfAbsent(Intent.valueOf((String) row[0]), i -> new ArrayList<>())
                    .add((String) row[1]);
        }
        return examples;
    }

    /** Replaces the shop's examples and bumps their version. */
    @Transactional(Transactional.TxType.MANDATORY)
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
