package com.dianxiaoer.nlu;

/** Reads a customer message. Implementations are thread-safe and load everything they need up front. */
public interface IntentClassifier {
    Classification classify(String text);
}
