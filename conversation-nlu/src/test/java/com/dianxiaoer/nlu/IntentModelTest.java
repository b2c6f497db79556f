package com.dianxiaoer.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.dianxiaoer.nlu.eval.Evaluate;
import com.dianxiaoer.nlu.eval.Evaluate.LabelledMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped intent model, loaded once for the class. Everything here is written in our own words. */
class IntentModelTest {
    /**
     * Our written test split, which nothing learns from: the shipped model measures 89.9% (module README; issue 12 asks
     * for 90%, missed by 0.1 points). The floor sits below it to catch a regression, not to restate the target.
     */
    private static final double WRITTEN_ACCURACY_FLOOR = 0.88;

    private static IntentModel model;

    @BeforeAll
    static void load() {
        model = new IntentModel();
    }

    @AfterAll
    static void close() throws Exception {
        model.close();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = IntentModelTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void keepsItsAccuracyOnTheWrittenTestSplit() throws Exception {
        List<LabelledMessage> test = LabelledMessage.read(lines("/nlu/test.tsv"));
        assertThat(test).hasSizeGreaterThanOrEqualTo(300);
        Evaluate.Report report = Evaluate.run(model, test);
        assertThat(report.accuracy())
                .as("right on the written test split")
                .isGreaterThanOrEqualTo(WRITTEN_ACCURACY_FLOOR);
    }

    /**
     * The training script recorded what the exported model answers for a few messages and contexts
     * ({@code nlu/intent-model-probe.tsv}); Java must shape, tokenize and read them the same way, or every figure
     * measured in Python would be about another classifier.
     */
    @Test
    void readsExactlyAsTheTrainingScriptMeasuredIt() throws Exception {
        List<String> probe = lines("/nlu/intent-model-probe.tsv").stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertThat(probe).hasSizeGreaterThanOrEqualTo(10);
        for (String line : probe) {
            String[] cols = line.split("\t", -1);
            TurnContext context = new TurnContext(
                    cols[0].isEmpty() ? null : cols[0], cols[1].isEmpty() ? null : Intent.valueOf(cols[1]), cols[2]);
            IntentModel.Reading reading = model.read(cols[3], context);
            String[] expected = cols[4].split(",");
            for (int i = 0; i < expected.length; i++) {
                assertThat(reading.probabilities()[i])
                        .as(line)
                        .isCloseTo(Double.parseDouble(expected[i]), within(2e-3));
            }
        }
    }

    /**
     * The same for the complaint category head ({@code nlu/complaint-category-probe.tsv}, written by
     * {@code training/categories.py head}): every category's probability, and what it passes on (the best category,
     * from the least probability the head's file gives, as Python measured it).
     */
    @Test
    void readsComplaintCategoriesAsTheTrainingScriptDid() throws Exception {
        ComplaintCategories head = model.complaintCategories();
        double least = lines("/nlu/complaint-category.tsv").stream()
                .filter(l -> l.startsWith("min_probability\t"))
                .mapToDouble(l -> Double.parseDouble(l.split("\t")[1]))
                .findFirst()
                .orElseThrow();
        List<String> probe = lines("/nlu/complaint-category-probe.tsv").stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertThat(probe).hasSizeGreaterThanOrEqualTo(8);
        int passedOn = 0;
        for (String line : probe) {
            String[] cols = line.split("\t", -1);
            TurnContext context = new TurnContext(
                    cols[0].isEmpty() ? null : cols[0], cols[1].isEmpty() ? null : Intent.valueOf(cols[1]), cols[2]);
            float[] sentence = model.read(cols[3], context).sentence();
            double[] p = head.probabilities(sentence);
            String best = null;
            double bestP = -1;
            for (String pair : cols[4].split(",")) {
                String name = pair.substring(0, pair.indexOf(':'));
                double expected = Double.parseDouble(pair.substring(pair.indexOf(':') + 1));
                assertThat(p[head.names().indexOf(name)]).as(line).isCloseTo(expected, within(2e-3));
                if (expected > bestP) {
                    best = name;
                    bestP = expected;
                }
            }
            if (Math.abs(bestP - least) > 2e-3) {
                Optional<String> expected =
                        bestP >= least ? Optional.of(best).filter(c -> !c.equals("other")) : Optional.empty();
                assertThat(head.of(sentence)).as(line).isEqualTo(expected);
                passedOn += expected.isPresent() ? 1 : 0;
            }
        }
        assertThat(passedOn)
                .as("probe rows on both sides of the least probability")
                .isBetween(1, probe.size() - 1);
    }

    @Test
    void aComplaintOrReturnCarriesWhatItIsAboutForAfterSales() {
        Classification priceDrop = model.classify("刚买完就降了二十块 退我钱");
        assertThat(priceDrop.intent()).isEqualTo(Intent.return_refund);
        assertThat(priceDrop.complaintCategory()).isEqualTo("price_drop");
    }

    @Test
    void aComplaintThatNamesNoCauseIsGivenNone() {
        for (String bare : List.of("我要投诉", "有个售后问题", "我要退货")) {
            assertThat(model.classify(bare).complaintCategory()).as(bare).isNull();
        }
        assertThat(model.classify("能便宜点吗").complaintCategory())
                .as("not a complaint")
                .isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "在吗, greeting",
        "谢谢亲, goodbye_thanks",
        "這個還有貨嗎, stock",
        "175穿多大, size_spec",
        "是正品吗, authenticity",
        "有优惠券吗, promotion",
        "能便宜点吗, bargain",
        "付不了款, payment",
        "能开发票吗, invoice",
        "什么时候发货, shipping_time",
        "物流怎么不动了, logistics",
        "地址填错了, address_change",
        "取消订单, order_change",
        "七天无理由, return_refund",
        "我要投诉, complaint",
        "转人工, human_agent",
        "好的, acknowledgement"
    })
    void readsTheRoutingTable(String text, Intent expected) {
        assertThat(model.classify(text).intent()).isEqualTo(expected);
    }

    @Test
    void aMessageWithTwoRequestsIsRoutedByTheFirstAndKeepsTheSecond() {
        Classification c = model.classify("有货吗 能便宜点吗");
        assertThat(c.intent()).isEqualTo(Intent.stock);
        assertThat(c.secondary()).isEqualTo(Intent.bargain);
    }

    @Test
    void aGreetingAroundARequestIsNotASecondRequest() {
        Classification c = model.classify("亲 在吗？这个还有货吗");
        assertThat(c.intent()).isEqualTo(Intent.stock);
        assertThat(c.secondary()).isNull();
    }

    @Test
    void aBareAnswerMeansWhatItAnswers() {
        // The customer said the address was wrong; the bot asked for the new one.
        TurnContext askedForAddress = new TurnContext("order", Intent.address_change, "好的亲，请问新的收货地址是哪里呢？");
        assertThat(model.classify(null, "安徽合肥蜀山区", askedForAddress).intent()).isEqualTo(Intent.address_change);
        TurnContext offeredAnInvoice = new TurnContext("order", "亲，需要给您开具电子发票吗？");
        assertThat(model.classify(null, "要的", offeredAnInvoice).intent()).isEqualTo(Intent.invoice);
    }

    @Test
    void aBareAcknowledgementWithNothingToAnswerBelongsToTheOwningStage() {
        assertThat(model.classify("好的").intent()).isEqualTo(Intent.acknowledgement);
        assertThat(model.classify(null, "嗯嗯", new TurnContext("aftersales", "已经为您登记好了，请耐心等待"))
                        .intent())
                .isIn(Intent.acknowledgement, Intent.return_refund);
    }

    @Test
    void whileBargainingAYesANumberPutToTheShopAndAPriceFollowUpStayInTheBargain() {
        TurnContext bargaining = new TurnContext("negotiation", Intent.bargain, "亲，这款用料扎实，现在活动后到手¥859，已经很划算了～");
        Classification yes = model.classify("demo", "行 成交", bargaining);
        assertThat(yes.intent()).isEqualTo(Intent.bargain);
        assertThat(model.classify("demo", "好的谢谢", bargaining).intent())
                .as("thanks are not a yes")
                .isNotEqualTo(Intent.bargain);
        Classification offered = model.classify("demo", "800真不行吗", bargaining);
        assertThat(offered.intent()).isEqualTo(Intent.bargain);
        assertThat(offered.entities()).contains(new Entity("amount", "800", "800"));
        assertThat(model.classify("demo", "那三件呢", bargaining).intent()).isEqualTo(Intent.promotion);
    }

    @Test
    void aBarePriceQuestionAsksThePriceAndALittleCheaperIsNoOneYuanDiscount() {
        assertThat(model.classify("多少钱").intent()).isEqualTo(Intent.promotion);
        assertThat(model.classify("再便宜一点").entities()).noneMatch(e -> e.type().equals("discount"));
        assertThat(model.classify("859能拍吗").entities()).contains(new Entity("amount", "859", "859"));
        assertThat(EntityExtractor.extract(TextNormalizer.normalize("订单号TB20261124001")))
                .anyMatch(e -> e.type().equals("order_number") && e.value().equals("TB20261124001"));
    }

    @Test
    void punctuationAndEmojiAloneAreNotARequest() {
        Classification c = model.classify("？？？");
        assertThat(c.intent()).isEqualTo(Intent.other);
        assertThat(c.alternatives()).isEmpty();
    }

    @Test
    void aPriceTheCustomerOffersIsABargain() {
        assertThat(model.classify("羊毛双面呢大衣100块卖不卖 电话13812345678").intent()).isEqualTo(Intent.bargain);
        assertThat(model.classify("两条一起290卖不卖").intent()).isEqualTo(Intent.bargain);
        Classification bulk = model.classify("十件 每件80 行就拍");
        assertThat(bulk.intent()).isEqualTo(Intent.bargain);
        assertThat(bulk.entities()).contains(new Entity("amount", "80", "80"));
        TurnContext complaint = new TurnContext("aftersales", Intent.complaint, "非常抱歉，给您补偿20元可以吗？");
        assertThat(model.classify(null, "补偿50行不行", complaint).intent())
                .as("compensation in a complaint is not a bargain")
                .isNotEqualTo(Intent.bargain);
    }

    @Test
    void aPriceOfferAloneCarriesNoSecondRequestAndEveryFormIsHeard() {
        TurnContext bargaining = new TurnContext("negotiation", Intent.bargain, "亲，看您是真心想要，我帮您申请一下，¥888给您。到手¥848。");
        for (String offer : List.of("874卖不卖", "806卖不卖", "850行不行", "850可以吗")) {
            Classification c = model.classify("demo", offer, bargaining);
            assertThat(c.intent()).as(offer).isEqualTo(Intent.bargain);
            assertThat(c.alternatives())
                    .as("the number is not an order: %s", offer)
                    .isEmpty();
            assertThat(c.entities()).as(offer).anyMatch(e -> e.type().equals("amount"));
        }
        assertThat(EntityExtractor.extract("身高180可以吗")).noneMatch(e -> e.type().equals("amount"));
    }

    @Test
    void oneMorePushWhileBargainingIsABargainWhateverPricesTheBotNamed() {
        TurnContext countered = new TurnContext("negotiation", Intent.bargain, "亲，874有点难，我这边最多能到¥881，您看行吗？到手¥841。");
        for (String push : List.of("还是贵", "再少点吧", "还是有点贵啊", "老公只批了这么多", "我只带了这么多，少点吧")) {
            assertThat(model.classify("demo", push, countered).intent())
                    .as(push)
                    .isEqualTo(Intent.bargain);
        }
        assertThat(model.classify("demo", "太贵了 质量还不好 我要退货", countered).intent()).isNotEqualTo(Intent.bargain);
        Classification bare = model.classify("demo", "那298吧", countered);
        assertThat(bare.intent()).isEqualTo(Intent.bargain);
        assertThat(bare.entities()).contains(new Entity("amount", "298", "298"));
        assertThat(model.classify("demo", "860", countered).entities()).contains(new Entity("amount", "860", "860"));
        assertThat(model.classify("demo", "那298吧", TurnContext.NONE).entities())
                .noneMatch(e -> e.type().equals("amount"));
    }

    @Test
    void whatSeveralCostIsAskedOfTheBargainingStage() {
        assertThat(model.classify("两件多少钱").intent()).isIn(Intent.promotion, Intent.bargain);
        assertThat(model.classify("三条怎么卖").intent()).isIn(Intent.promotion, Intent.bargain);
        assertThat(model.classify("这件大衣多少钱").intent()).isIn(Intent.promotion, Intent.bargain);
        assertThat(model.classify("羊毛围巾多少钱").intent()).isIn(Intent.promotion, Intent.bargain);
        assertThat(model.classify("退款多少钱").intent()).isEqualTo(Intent.return_refund);
    }

    @Test
    void carriesTheEntitiesOfTheMessage() {
        Classification c = model.classify("一百二卖不卖 发顺丰");
        assertThat(c.intent()).isEqualTo(Intent.bargain);
        assertThat(c.entities()).contains(new Entity("amount", "120", "一百二"), new Entity("courier", "顺丰", "顺丰"));
    }

    @Test
    void aShopsExamplesChangeItsAnswersAtOnceAndNoOneElses() {
        String taught = "芝麻开门";
        Intent before = model.classify(taught).intent();
        assertThat(before).isNotEqualTo(Intent.human_agent);
        model.setExamples("magic-shop", Map.of(Intent.human_agent, List.of("芝麻开门", "芝麻芝麻开开门")));
        try {
            assertThat(model.classify("magic-shop", taught).intent()).isEqualTo(Intent.human_agent);
            assertThat(model.classify("magic-shop", "芝麻开门!").intent()).isEqualTo(Intent.human_agent);
            assertThat(model.classify("another-shop", taught).intent()).isEqualTo(before);
            assertThat(model.classify("magic-shop", "什么时候发货").intent())
                    .as("other messages read as before")
                    .isEqualTo(Intent.shipping_time);
            assertThat(model.examples("magic-shop")).containsOnlyKeys(Intent.human_agent);
        } finally {
            model.setExamples("magic-shop", Map.of());
        }
        assertThat(model.classify("magic-shop", taught).intent()).isEqualTo(before);
    }

    @Test
    void classifiesFromManyThreadsWhileAShopChangesItsExamples() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Intent>> readers = List.of(
                    pool.submit(() -> {
                        Intent last = null;
                        for (int i = 0; i < 30; i++) {
                            last = model.classify("busy-shop", "有货吗").intent();
                        }
                        return last;
                    }),
                    pool.submit(() -> {
                        Intent last = null;
                        for (int i = 0; i < 30; i++) {
                            last = model.classify("busy-shop", "什么时候发货").intent();
                        }
                        return last;
                    }));
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    model.setExamples("busy-shop", Map.of(Intent.stock, List.of("第" + i + "批还有吗")));
                }
            });
            writer.get();
            assertThat(readers.get(0).get()).isEqualTo(Intent.stock);
            assertThat(readers.get(1).get()).isEqualTo(Intent.shipping_time);
        } finally {
            pool.shutdownNow();
            model.setExamples("busy-shop", Map.of());
        }
    }
}
