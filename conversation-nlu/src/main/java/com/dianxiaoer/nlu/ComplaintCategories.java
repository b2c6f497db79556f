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
    /**
     * Below this the head's answer is not passed on: a bare "我要投诉" would otherwise be heard as a cause it never
     * named. Chosen by 5-fold cross-validation over the train split's chats (training/categories.py), where it read the
     * category a case keeps best of 0 to 0.9.
     */
    static final double MIN_PROBABILITY = 0.6;

    record Reading(String category, double probability) {}

    private final List<String> names = new ArrayList<>();
    private final List<float[]> weights = new ArrayList<>();
    private final List<Double> biases = new ArrayList<>();

    ComplaintCategories(InputStream tsv) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
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
        if (names.isEmpty() || !names.contains(NONE)) {
            throw new IllegalStateException("the complaint category head names no categories, or not '" + NONE + "'");
        }
    }

    /** The most likely category of a message, from its unit sentence vector, with its probability. */
    Reading read(float[] sentence) {
        double[] scores = new double[names.size()];
        int best = 0;
        for (int k = 0; k < scores.length; k++) {
            if (weights.get(k).length != sentence.length) {
                throw new IllegalStateException("the complaint category head does not fit the intent model's vector");
            }
            scores[k] = biases.get(k) + IntentModel.dot(weights.get(k), sentence);
            best = scores[k] > scores[best] ? k : best;
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - scores[best]);
        }
        return new Reading(names.get(best), 1 / sum);
    }

    /** The category a message names, if the head reads one with at least {@link #MIN_PROBABILITY}. */
    Optional<String> of(float[] sentence) {
        Reading reading = read(sentence);
        return Optional.of(reading.category()).filter(c -> !c.equals(NONE) && reading.probability() >= MIN_PROBABILITY);
    }
}
