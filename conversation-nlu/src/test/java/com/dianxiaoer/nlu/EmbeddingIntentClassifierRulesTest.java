package com.dianxiaoer.nlu;

import com.dianxiaoer.nlu.EmbeddingIntentClassifier.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision rules, over a hand-made 4-dimensional "model" so that every similarity is known. */
class EmbeddingIntentClassifierRulesTest {
    /** Texts the fake model knows, and their vectors (made unit-length by the encoder). */
    private static final Map<String, float[]> VECTORS = Map.ofEntries(
            Map.entry("甲甲", new float[] {1, 0, 0, 0}),          // the stock example
            Map.entry("乙乙", new float[] {0, 1, 0, 0}),          // the bargain example
            Map.entry("丙丙", new float[] {0, 0, 1, 0}),          // the "other" example
            Map.entry("甲乙", new float[] {1, 1, 0, 0}),          // exactly between stock and bargain
            Map.entry("甲", new float[] {0.9f, 0.1f, 0, 0}),      // clearly stock
            Map.entry("丁丁", new float[] {0, 0, 0, 1}),          // close to nothing
            Map.entry("甲丙", new float[] {1, 0, 0.99f, 0}),      // stock just ahead of other
            Map.entry("丙甲", new float[] {0.9f, 0, 1, 0}),       // other clearly ahead of stock
            Map.entry("乙甲", new float[] {0.3f, 1, 0, 0}),       // clearly bargain
            Map.entry("刻字", new float[] {0.2f, 0.2f, 0.1f, 0.95f}),
            Map.entry("刻名字", new float[] {0.1f, 0.25f, 0.1f, 0.95f}));

    private static float[] encode(String text) {
        float[] v = VECTORS.get(text);
        if (v == null) {
            throw new IllegalArgumentException("the fake model does not know " + text);
        }
        return SentenceEncoder.unit(v.clone());
    }

    private final EmbeddingIntentClassifier classifier = new EmbeddingIntentClassifier(EmbeddingIntentClassifierRulesTest::encode,
            Map.of(Intent.stock, List.of("甲甲"), Intent.bargain, List.of("乙乙"), Intent.other, List.of("丙丙")), Settings.DEFAULT);

    @Test
    void aClearWinnerIsAnsweredWithNoAlternatives() {
        Classification c = classifier.classify("甲");
        assertThat(c.intent()).isEqualTo(Intent.stock);
        assertThat(c.alternatives()).isEmpty();
        assertThat(c.secondary()).isNull();
        assertThat(c.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void whenTheBestDoesNotBeatTheRunnerUpTheCustomerIsAskedToChoose() {
        Classification c = classifier.classify("甲乙");
        assertThat(c.intent()).isEqualTo(Intent.other);
        assertThat(c.alternatives()).extracting(Classification.Scored::intent).containsExactlyInAnyOrder(Intent.stock, Intent.bargain);
    }

    @Test
    void whenNothingIsCloseThereIsNothingToOffer() {
        Classification c = classifier.classify("丁丁");
        assertThat(c.intent()).isEqualTo(Intent.other);
        assertThat(c.alternatives()).isEmpty();
    }

    @Test
    void anIntentThatOnlyNarrowlyBeatsOtherIsStillAnswered() {
        // A question with a single option helps nobody.
        assertThat(classifier.classify("甲丙").intent()).isEqualTo(Intent.stock);
        Classification otherWins = classifier.classify("丙甲");
        assertThat(otherWins.intent()).isEqualTo(Intent.other);
        assertThat(otherWins.alternatives()).isEmpty();
    }

    @Test
    void acknowledgementsAndEmptyMessagesNeedNoModel() {
        // The fake model would throw on these texts: the rules answer before any encoding.
        assertThat(classifier.classify("好的").intent()).isEqualTo(Intent.acknowledgement);
        assertThat(classifier.classify("嗯嗯～").intent()).isEqualTo(Intent.acknowledgement);
        assertThat(classifier.classify("OK!!").intent()).isEqualTo(Intent.acknowledgement);
        assertThat(classifier.classify("👌").intent()).isEqualTo(Intent.acknowledgement);
        assertThat(classifier.classify("那好吧").intent()).isEqualTo(Intent.acknowledgement);
        Classification empty = classifier.classify("😂😂。。。");
        assertThat(empty.intent()).isEqualTo(Intent.other);
        assertThat(empty.alternatives()).isEmpty();
        assertThat(classifier.readingCounts()).isEqualTo(new EmbeddingIntentClassifier.ReadingCounts(6, 0, 0));
    }

    @Test
    void aShopsOwnExamplesCountForThatShopOnlyAndAtOnce() {
        assertThat(classifier.classify("刻字").intent()).isEqualTo(Intent.other);
        classifier.addExamples("shop-a", Intent.size_spec, List.of("刻名字"));

        assertThat(classifier.classify("shop-a", "刻字").intent()).isEqualTo(Intent.size_spec);
        assertThat(classifier.classify("shop-b", "刻字").intent()).isEqualTo(Intent.other);
        assertThat(classifier.classify("刻字").intent()).isEqualTo(Intent.other);
        assertThat(classifier.classify(null, "刻字").intent()).isEqualTo(Intent.other);
        assertThat(classifier.examples("shop-a")).containsExactly(Map.entry(Intent.size_spec, List.of("刻名字")));

        classifier.addExamples("shop-a", Intent.size_spec, List.of("刻名字", " "));
        assertThat(classifier.examples("shop-a").get(Intent.size_spec)).containsExactly("刻名字");

        classifier.setExamples("shop-a", Map.of());
        assertThat(classifier.classify("shop-a", "刻字").intent()).isEqualTo(Intent.other);
        classifier.setExamples("shop-a", Map.of(Intent.size_spec, List.of("刻名字")));
        classifier.clearExamples("shop-a");
        assertThat(classifier.classify("shop-a", "刻字").intent()).isEqualTo(Intent.other);
        assertThat(classifier.examples("shop-a")).isEmpty();
    }

    @Test
    void aShopCannotGrowWithoutBound() {
        List<String> many = java.util.Collections.nCopies(EmbeddingIntentClassifier.MAX_SHOP_EXAMPLES + 1, "刻名字");
        // Duplicates are dropped, so these fit.
        classifier.addExamples("shop-c", Intent.size_spec, many);
        assertThat(classifier.examples("shop-c").get(Intent.size_spec)).hasSize(1);
        EmbeddingIntentClassifier anyText = new EmbeddingIntentClassifier(t -> new float[] {1, 0, 0, 0}, Map.of(Intent.stock, List.of("甲甲")), Settings.DEFAULT);
        List<String> distinct = java.util.stream.IntStream.rangeClosed(0, EmbeddingIntentClassifier.MAX_SHOP_EXAMPLES)
                .mapToObj(i -> "例句" + i).toList();
        assertThatThrownBy(() -> anyText.setExamples("shop-d", Map.of(Intent.stock, distinct)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    @Test
    void longMessagesAreReadInAtMostThreeRunsOfClausesThatKeepEveryWord() {
        assertThat(EmbeddingIntentClassifier.clauses("有货吗 能便宜点吗")).containsExactly("有货吗", "能便宜点吗");
        assertThat(EmbeddingIntentClassifier.clauses("亲 在吗? 有货吗")).containsExactly("在吗", "有货吗");
        assertThat(EmbeddingIntentClassifier.clauses("发货了吗另外能开发票吗")).containsExactly("发货了吗", "另外能开发票吗");
        List<String> runs = EmbeddingIntentClassifier.clauses("我上周买了一件羽绒服 说好三到五天到 现在都快十天了 物流一直不动 帮我查一下到哪了");
        assertThat(runs).hasSize(3);
        assertThat(String.join(" ", runs)).isEqualTo("我上周买了一件羽绒服 说好三到五天到 现在都快十天了 物流一直不动 帮我查一下到哪了");
    }

    /**
     * A two-step fake model: its quick reading knows {@code QUICK}'s texts (anything else reads as "no idea"), and its
     * full reading is the 4-dimensional model above. It counts how often the full reading is asked for.
     */
    private static final class TwoStepModel implements EmbeddingIntentClassifier.Encoder {
        static final Map<String, float[]> QUICK = Map.of(
                "甲甲", new float[] {1, 0, 0, 0}, "乙乙", new float[] {0, 1, 0, 0}, "丙丙", new float[] {0, 0, 1, 0},
                "甲", new float[] {1, 0.02f, 0, 0},        // quick and clear: stock
                "甲乙", new float[] {1, 0.99f, 0, 0},      // quick but unclear
                "乙甲", new float[] {0.95f, 1, 0, 0});    // leans to bargain, but too narrowly to count as a request
        int fullReadings;

        @Override
        public float[] encode(String text) {
            return EmbeddingIntentClassifierRulesTest.encode(text);
        }

        @Override
        public EmbeddingIntentClassifier.Reading read(List<String> texts) {
            float[][] quick = texts.stream().map(t -> SentenceEncoder.unit(QUICK.getOrDefault(t, new float[] {1, 1, 1, 1}).clone()))
                    .toArray(float[][]::new);
            return EmbeddingIntentClassifier.Reading.of(quick, () -> {
                fullReadings++;
                return texts.stream().map(EmbeddingIntentClassifierRulesTest::encode).toArray(float[][]::new);
            });
        }
    }

    private final TwoStepModel twoStep = new TwoStepModel();
    private final EmbeddingIntentClassifier early = new EmbeddingIntentClassifier(twoStep,
            Map.of(Intent.stock, List.of("甲甲"), Intent.bargain, List.of("乙乙"), Intent.other, List.of("丙丙")), Settings.DEFAULT);

    @Test
    void aMessageTheFirstLayerReadsClearlyIsAnsweredWithoutTheRestOfTheModel() {
        twoStep.fullReadings = 0;
        Classification c = early.classify("甲");
        assertThat(c.intent()).isEqualTo(Intent.stock);
        assertThat(c.alternatives()).isEmpty();
        assertThat(twoStep.fullReadings).isZero();
        assertThat(early.readingCounts()).isEqualTo(new EmbeddingIntentClassifier.ReadingCounts(0, 1, 0));
    }

    @Test
    void anUnclearFirstReadingIsReadFullyAndTheFullReadingDecides() {
        twoStep.fullReadings = 0;
        // Unclear at the first layer, and still unclear in full: the customer is asked.
        Classification c = early.classify("甲乙");
        assertThat(c.intent()).isEqualTo(Intent.other);
        assertThat(c.alternatives()).extracting(Classification.Scored::intent).containsExactlyInAnyOrder(Intent.stock, Intent.bargain);
        // Nothing the first layer knows: the full reading decides ("丁丁" is close to nothing there either).
        assertThat(early.classify("丁丁").intent()).isEqualTo(Intent.other);
        assertThat(twoStep.fullReadings).isEqualTo(2);
        assertThat(early.readingCounts()).isEqualTo(new EmbeddingIntentClassifier.ReadingCounts(0, 0, 2));
    }

    @Test
    void clausesThatLeanToTwoRequestsAreAlwaysReadFully() {
        twoStep.fullReadings = 0;
        // At the first layer the message as a whole is clearly stock, but its second clause leans to bargain; read in
        // full, that clause is a second request.
        Classification c = early.classify("甲甲 乙甲");
        assertThat(twoStep.fullReadings).isEqualTo(1);
        assertThat(c.intent()).isEqualTo(Intent.stock);
        assertThat(c.secondary()).isEqualTo(Intent.bargain);
    }

    @Test
    void withoutAQuickReadingEveryMessageIsReadFully() {
        EmbeddingIntentClassifier.Encoder fullOnly = EmbeddingIntentClassifierRulesTest::encode;
        assertThat(fullOnly.read(List.of("甲")).quick()).isNull();
        assertThat(classifier.classify("甲").intent()).isEqualTo(Intent.stock);
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new Settings(1.5, 1, 0.01, 0.4, 0.05, 0.6, 0.05, 0.03, 0.015, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(0.5, 0, 0.01, 0.4, 0.05, 0.6, 0.05, 0.03, 0.015, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settings.DEFAULT.withQuickMargin(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settings.DEFAULT.withQuickTemperature(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
