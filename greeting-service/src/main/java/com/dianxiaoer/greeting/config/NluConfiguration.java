package com.dianxiaoer.greeting.config;

import com.dianxiaoer.nlu.EmbeddingIntentClassifier;
import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.KeywordIntentClassifier;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.function.ToLongFunction;

/**
 * The one place that chooses the classifier; everything else sees only {@link IntentClassifier}. The embedding
 * model is loaded at startup, not on the first customer's message, so that message is answered as fast as any.
 */
public class NluConfiguration {
    private static final Logger LOG = Logger.getLogger(NluConfiguration.class);

    @Produces
    @Singleton
    @Startup
    IntentClassifier classifier(GreetingConfig config, MeterRegistry metrics) {
        GreetingConfig.Nlu.Classifier kind = config.nlu().classifier();
        long start = System.nanoTime();
        IntentClassifier classifier = kind == GreetingConfig.Nlu.Classifier.keyword
                ? new KeywordIntentClassifier() : new EmbeddingIntentClassifier();
        classifier.classify("你好");
        LOG.infof("%s classifier ready in %d ms", kind, (System.nanoTime() - start) / 1_000_000);
        if (classifier instanceof EmbeddingIntentClassifier embedding) {
            // The classifier's speed depends on how many messages its model's first layer answers alone.
            readings(metrics, embedding, "rule", EmbeddingIntentClassifier.ReadingCounts::byRule);
            readings(metrics, embedding, "first_layer", EmbeddingIntentClassifier.ReadingCounts::byFirstLayer);
            readings(metrics, embedding, "all_layers", EmbeddingIntentClassifier.ReadingCounts::byAllLayers);
        }
        return classifier;
    }

    private static void readings(MeterRegistry metrics, EmbeddingIntentClassifier classifier, String depth,
                                 ToLongFunction<EmbeddingIntentClassifier.ReadingCounts> count) {
        FunctionCounter.builder("dianxiaoer.nlu.readings", classifier, c -> count.applyAsLong(c.readingCounts()))
                .description("Customer messages classified, by how much of the model read them")
                .tag("depth", depth)
                .register(metrics);
    }

    void close(@Disposes IntentClassifier classifier) throws Exception {
        if (classifier instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
