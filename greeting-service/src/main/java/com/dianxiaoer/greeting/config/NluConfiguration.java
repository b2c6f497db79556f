package com.dianxiaoer.greeting.config;

import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.KeywordIntentClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one place that chooses the classifier; everything else sees only {@link IntentClassifier}. */
public class NluConfiguration {

    @Produces
    @ApplicationScoped
    IntentClassifier classifier() {
        return new KeywordIntentClassifier();
    }
}
