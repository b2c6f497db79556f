package com.dianxiaoer.greeting.config;

import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.IntentModel;
import com.dianxiaoer.nlu.KeywordIntentClassifier;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The one place that chooses the classifier; everything else sees only {@link IntentClassifier}. The model is loaded
 * at startup, not on the first customer's message, so that message is answered as fast as any.
 */
public class NluConfiguration {
    private static final Logger LOG = Logger.getLogger(NluConfiguration.class);

    @Produces
    @Singleton
    @Startup
    IntentClassifier classifier(GreetingConfig config) {
        GreetingConfig.Nlu.Classifier kind = config.nlu().classifier();
        long start = System.nanoTime();
        IntentClassifier classifier =
                kind == GreetingConfig.Nlu.Classifier.keyword ? new KeywordIntentClassifier() : new IntentModel();
        classifier.classify("你好");
        LOG.infof("%s classifier ready in %d ms", kind, (System.nanoTime() - start) / 1_000_000);
        return classifier;
    }

    void close(@Disposes IntentClassifier classifier) throws Exception {
        if (classifier instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
