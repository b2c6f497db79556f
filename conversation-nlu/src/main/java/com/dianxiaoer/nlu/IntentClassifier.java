package com.dianxiaoer.nlu;

import java.util.List;
import java.util.Map;

/** Reads a customer message. Implementations are thread-safe and load everything they need up front. */
public interface IntentClassifier {

    /** With the examples every shop shares. */
    Classification classify(String text);

    /** With the shop's own examples as well, where the classifier learns from examples; otherwise as {@link #classify(String)}. */
    default Classification classify(String shopId, String text) {
        return classify(text);
    }

    /** In the conversation's context, where the classifier reads it; otherwise as {@link #classify(String, String)}. */
    default Classification classify(String shopId, String text, TurnContext context) {
        return classify(shopId, text);
    }

    /** Whether {@link #setExamples} changes anything: a rule-based classifier has no examples to learn from. */
    default boolean learnsExamples() {
        return false;
    }

    /** Replaces a shop's own example utterances; they count from the next message on. */
    default void setExamples(String shopId, Map<Intent, List<String>> examples) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not learn from examples");
    }
}
