package com.dianxiaoer.nlu;

import java.util.List;

/**
 * What the classifier read in a message. {@code intent} is {@link Intent#other} when no intent clearly won;
 * {@code alternatives} then holds the candidates worth offering the customer as a choice. {@code complaintCategory} is,
 * for a message the model read as a complaint or a return, what it is about (aftersales-service's category names:
 * quality, late_delivery...) as the model reads it; null when it reads none. It is a hint for after-sales, whose own
 * keyword rules go first; a caller that overrides the intent may keep it, and decides where it goes.
 */
public record Classification(
        Intent intent, double confidence, List<Scored> alternatives, List<Entity> entities, String complaintCategory) {

    public Classification {
        alternatives = List.copyOf(alternatives);
        entities = List.copyOf(entities);
    }

    public Classification(Intent intent, double confidence, List<Scored> alternatives, List<Entity> entities) {
        this(intent, confidence, alternatives, entities, null);
    }

    public Classification withComplaintCategory(String category) {
        return new Classification(intent, confidence, alternatives, entities, category);
    }

    /** The runner-up intent of a message that carries two ("有货吗 能便宜点吗"), if any. */
    public Intent secondary() {
        return alternatives.stream()
                .map(Scored::intent)
                .filter(i -> i != intent && i != Intent.other)
                .findFirst()
                .orElse(null);
    }

    public record Scored(Intent intent, double score) {}
}
