package com.dianxiaoer.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A shop's own phrases, each with the model's sentence vector: a message close enough to one takes its intent. */
final class ShopExamples {
    static final int MAX = 2_000;

    record Match(Intent intent, double similarity) {}

    private record Example(Intent intent, String text, float[] vector) {}

    private final Map<String, List<Example>> shops = new ConcurrentHashMap<>();

    /** Replaces all of a shop's examples (an empty map removes them). */
    void set(String shopId, Map<Intent, List<String>> examples, Function<String, float[]> sentenceVector) {
        Objects.requireNonNull(shopId, "shopId");
        List<Example> encoded = new ArrayList<>();
        examples.forEach((intent, texts) -> texts.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .forEach(t -> encoded.add(new Example(intent, t, sentenceVector.apply(t)))));
        if (encoded.size() > MAX) {
            throw new IllegalArgumentException("a shop may have at most " + MAX + " examples");
        }
        if (encoded.isEmpty()) {
            shops.remove(shopId);
        } else {
            shops.put(shopId, List.copyOf(encoded));
        }
    }

    boolean has(String shopId) {
        return shops.containsKey(shopId);
    }

    /** The shop's example nearest to this sentence vector (both unit vectors, so the dot product is the cosine). */
    Optional<Match> nearest(String shopId, float[] vector) {
        Example nearest = null;
        double best = -1;
        for (Example e : shops.getOrDefault(shopId, List.of())) {
            double similarity = IntentModel.dot(vector, e.vector());
            if (similarity > best) {
                best = similarity;
                nearest = e;
            }
        }
        return nearest == null ? Optional.empty() : Optional.of(new Match(nearest.intent(), best));
    }

    /** A shop's examples by intent, in the order they were given. */
    Map<Intent, List<String>> of(String shopId) {
        Map<Intent, List<String>> out = new EnumMap<>(Intent.class);
        for (Example e : shops.getOrDefault(shopId, List.of())) {
            out.computeIfAbsent(e.intent(), i -> new ArrayList<>()).add(e.text());
        }
        return out;
    }
}
