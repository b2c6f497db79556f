package com.dianxiaoer.nlu;

import java.util.List;

/**
 * What the classifier read in a message. {@code intent} is {@link Intent#other} when no intent clearly won;
 * {@code alternatives} then holds the candidates worth offering the customer as a choice.
 */
public record Classification(Intent intent, double confidence, List<Scored> alternatives, List<Entity> entities) {

    public Classification {
        alternatives = List.copyOf(alternatives);
        entities = List.copyOf(entities);
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
