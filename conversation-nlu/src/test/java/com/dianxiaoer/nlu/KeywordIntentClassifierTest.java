package com.dianxiaoer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordIntentClassifierTest {
    private final IntentClassifier classifier = new KeywordIntentClassifier();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "在吗, greeting",
        "你好, greeting",
        "亲在不在, greeting",
        "谢谢, goodbye_thanks",
        "好的拜拜, goodbye_thanks",
        "有货吗, stock",
        "什么时候补货, stock",
        "175穿多大, size_spec",
        "什么材质, size_spec",
        "是正品吗, authenticity",
        "质量怎么样, authenticity",
        "有什么活动, promotion",
        "有优惠券吗, promotion",
        "满减吗, promotion",
        "便宜点, bargain",
        "别家更便宜, bargain",
        "包邮吗, bargain",
        "怎么付款, payment",
        "付不了款, payment",
        "能开发票吗, invoice",
        "什么时候发货, shipping_time",
        "几天到, shipping_time",
        "发什么快递, shipping_time",
        "到哪了, logistics",
        "物流怎么不动了, logistics",
        "地址填错了, address_change",
        "改地址, address_change",
        "取消订单, order_change",
        "退货, return_refund",
        "七天无理由, return_refund",
        "质量太差, complaint",
        "色差, complaint",
        "发错货了, complaint",
        "我要投诉, complaint",
        "转人工, human_agent",
        "人工客服, human_agent",
        "好的, acknowledgement",
        "嗯嗯, acknowledgement",
        "OK!!, acknowledgement",
        "今天天气不错, other"
    })
    void readsTheIntentsOfTheRoutingTable(String text, Intent expected) {
        assertThat(classifier.classify(text).intent()).isEqualTo(expected);
    }

    @Test
    void fullWidthTextIsReadLikeHalfWidth() {
        assertThat(TextNormalizer.normalize("ＯＫ！！！　便宜２０")).isEqualTo("ok! 便宜20");
    }

    @Test
    void aTieBetweenTwoIntentsAsksRatherThanGuesses() {
        Classification c = classifier.classify("有货吗 能便宜点吗");
        assertThat(c.intent()).isEqualTo(Intent.other);
        assertThat(c.alternatives()).extracting(Classification.Scored::intent).contains(Intent.stock, Intent.bargain);
    }

    @Test
    void aClearWinnerKeepsTheOtherIntentAsSecondary() {
        Classification c = classifier.classify("发什么快递 包邮吗");
        assertThat(c.intent()).isEqualTo(Intent.shipping_time);
        assertThat(c.secondary()).isEqualTo(Intent.bargain);
    }

    @Test
    void findsAmountsDiscountsRatiosAndQuantities() {
        assertThat(classifier.classify("100块卖不卖").entities()).contains(new Entity("amount", "100", "100块"));
        assertThat(classifier.classify("便宜20吧").entities()).containsExactly(new Entity("discount", "20", "便宜20"));
        assertThat(classifier.classify("打八折行不行").entities()).contains(new Entity("ratio", "8", "打八折"));
        assertThat(classifier.classify("两件一起多少钱").entities()).contains(new Entity("quantity", "2", "两件"));
        assertThat(classifier.classify("发顺丰 电话13812345678").entities())
                .contains(new Entity("courier", "顺丰", "顺丰"), new Entity("phone", "13812345678", "13812345678"));
    }
}
