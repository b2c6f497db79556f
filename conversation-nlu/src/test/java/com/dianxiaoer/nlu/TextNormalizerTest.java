package com.dianxiaoer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.nlu.eval.Evaluate.LabelledMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＯＫ！！！　便宜２０           | ok! 便宜20
            這個有貨嗎？？？              | 这个有货吗?
            什麼時候發貨                  | 什么时候发货
            質量怎麼樣                    | 质量怎么样
            後天能到嗎                    | 后天能到吗
            肿么还木有到/:^_^ [微笑]      | 怎么还没有到
            神马时候发火                  | 什么时候发货
            啥时候发火                    | 什么时候发货
            有活吗                        | 有货吗
            亲亲在吗～～                  | 亲在吗~
            便宜d                         | 便宜点
            好滴                          | 好的
            👌                            | 好的
            [OK]                          | 好的
            🙏🙏                          | 谢谢
            /::)好的/:bye                 | 好的再见
            太贵了[流泪]                  | 太贵了
            hi~ 在吗😊                    | 你好~ 在吗
            thx bye                       | 谢谢 再见
            in stock吗                    | 有货吗
            pay不了                       | 付款不了
            88                            | 再见
            88块                          | 88块
            哈哈哈哈哈                    | 哈哈
            ！？！？                      | !
            。。。                        | 。
            """)
    void foldsTheWaysShoppersWriteIntoOneForm(String text, String expected) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(expected);
    }

    @Test
    void leavesPlainSimplifiedChineseAlone() {
        String plain = "么著乾抬后于 这个多少钱 我明白了";
        assertThat(TextNormalizer.normalize(plain)).isEqualTo(plain);
        assertThat(TextNormalizer.hasTraditional(plain)).isFalse();
        assertThat(TextNormalizer.hasTraditional("這個")).isTrue();
    }

    @Test
    void emptyAndPunctuationOnlyMessagesHaveNoLetters() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.lettersOnly(TextNormalizer.normalize("😂😂😂")))
                .isEmpty();
        assertThat(TextNormalizer.lettersOnly(TextNormalizer.normalize("？？。。…")))
                .isEmpty();
    }

    @Test
    void normalisingTwiceChangesNothingOnAnyLabelledMessage() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("/nlu/examples.tsv", "/nlu/seeds.tsv", "/nlu/test.tsv")) {
            try (var in = TextNormalizerTest.class.getResourceAsStream(file)) {
                LabelledMessage.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                .lines()
                                .toList())
                        .forEach(m -> texts.add(m.text()));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1200);
        for (String text : texts) {
            String once = TextNormalizer.normalize(text);
            assertThat(TextNormalizer.normalize(once)).as(text).isEqualTo(once);
        }
    }
}
