package com.dianxiaoer.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a complaint or return is about, read from the intent model's sentence vector: a multinomial logistic regression
 * learnt on real after-sales turns labelled with aftersales-service's categories ({@code training/categories.py head}).
 * Behind after-sales' keyword rules (where they name nothing) it reads the category a case keeps better than the
 * rules alone, on real after-sales turns (bench/aftersales/categories.sh). It belongs to the model: retrained with it.
 */
final class ComplaintCategories {
    static final String NONE = "other";
    /** The line of the file that gives the least probability at which an answer is passed on (categories.py cv). */
    private static final String MIN_PROBABILITY = "min_probability";

    record Reading(String category, double probability) {}

    private final List<String> names = new ArrayList<>();
    private final List<float[]> weights = new ArrayList<>();
    private final List<Double> biases = new ArrayList<>();
    private final double minProbability;

    ComplaintCategories(InputStream tsv) {
        Double least = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols[0].equals(MIN_PROBABILITY)) {
                    least = Double.parseDouble(cols[1]);
                    continue;
                }
                String[] w = cols[2].split(" ");
                float[] row = new float[w.length];
                for (int i = 0; i < w.length; i++) {
                    row[i] = Float.parseFloat(w[i]);
                }
                names.add(cols[0]);
                biases.add(Double.parseDouble(cols[1]));
                weights.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.isEmpty() || !names.contains(NONE) || least == null) {
            throw new IllegalStateException(
                    "the complaint category head names no categories, not '" + NONE + "', or no " + MIN_PROBABILITY);
        }
        minProbability = least;
    }

    /** The categories, in the order of {@link #probabilities}. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** Each category's probability for a message, from its unit sentence vector (a softmax over the head's scores). */
    double[] probabilities(float[] sentence) {
        float[] scores = new float[names.size()];
        for (int k = 0; k < scores.length; k++) {
            if (weights.get(k).length != sentence.length) {
                throw new IllegalStateException("the complaint category head does not fit the intent model's vector");
            }
            scores[k] = (float) (biases.get(k) + IntentModel.dot(weights.get(k), sentence));
        }
        return IntentModel.softmax(scores);
    }

    /** The most likely category of a message, with its probability. */
    Reading read(float[] sentence) {
        double[] p = probabilities(sentence);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return new Reading(names.get(best), p[best]);
    }

    /**
     * The category a message names, if the head reads one with at least the file's least probability: below it, a
     * bare "我要投诉" would be heard as a cause it never named.
     */
    Optional<String> of(float[] sentence) {
        Reading reading = read(sentence);
        return Optional.of(reading.category()).filter(c -> !c.equals(NONE) && reading.probability() >= minProbability);
    }
}
