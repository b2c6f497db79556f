package com.dianxiaoer.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EntityExtractorTest {

    private static List<Entity> extract(String text) {
        return EntityExtractor.extract(TextNormalizer.normalize(text));
    }

    private static Entity e(String type, String value, String text) {
        return new Entity(type, value, text);
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                arguments("100块卖不卖", List.of(e("amount", "100", "100块"))),
                arguments("¥99行不行", List.of(e("amount", "99", "¥99"))),
                arguments("一百二卖吗", List.of(e("amount", "120", "一百二"))),
                arguments("三千五块", List.of(e("amount", "3500", "三千五块"))),
                arguments("别人家才卖80", List.of(e("amount", "80", "卖80"))),
                arguments("80卖不卖", List.of(e("amount", "80", "80"))),
                arguments("便宜20吧", List.of(e("discount", "20", "便宜20"))),
                arguments("少二十块", List.of(e("discount", "20", "少二十块"))),
                arguments("能不能便宜個20塊", List.of(e("discount", "20", "便宜个20块"))),
                arguments("打八折行不行", List.of(e("ratio", "8", "打八折"))),
                arguments("9折", List.of(e("ratio", "9", "9折"))),
                arguments("85折可以吗", List.of(e("ratio", "8.5", "85折"))),
                arguments("八五折", List.of(e("ratio", "8.5", "八五折"))),
                arguments("第二件半价吗", List.of(e("ratio", "5", "半价"))),
                arguments("再加一件", List.of(e("quantity", "1", "一件"))),
                arguments("两件一起多少钱", List.of(e("quantity", "2", "两件"))),
                arguments("改成3个", List.of(e("quantity", "3", "3个"))),
                arguments("我要十双", List.of(e("quantity", "10", "十双"))),
                arguments(
                        "发顺丰 电话13812345678",
                        List.of(e("courier", "顺丰", "顺丰"), e("phone", "13812345678", "13812345678"))),
                arguments("手机号写错了 是139-1234-5678", List.of(e("phone", "13912345678", "139-1234-5678"))),
                arguments(
                        "我的订单123456789012345678到哪了",
                        List.of(e("order_number", "123456789012345678", "订单123456789012345678"))),
                arguments("SF1234567890123到哪了", List.of(e("tracking_number", "SF1234567890123", "sf1234567890123"))),
                arguments("发中通还是圆通", List.of(e("courier", "中通", "中通"), e("courier", "圆通", "圆通"))),
                arguments("能发京东吗", List.of(e("courier", "京东", "京东"))),
                arguments("韵达到哪了", List.of(e("courier", "韵达", "韵达"))),
                arguments("发百世可以吗", List.of(e("courier", "百世", "百世"))),
                arguments("黑色L码还有吗", List.of(e("colour", "黑色", "黑色"), e("size", "L", "l码"))),
                arguments("把M改成XL", List.of(e("size", "M", "m"), e("size", "XL", "xl"))),
                arguments("42码还有没有", List.of(e("size", "42", "42码"))),
                arguments("藏青色有吗", List.of(e("colour", "藏青色", "藏青色"))),
                arguments("颜色不要红的了 换蓝的", List.of(e("colour", "红色", "红的"), e("colour", "蓝色", "蓝的"))),
                arguments("身高170体重65kg穿多大的", List.of(e("height", "170", "身高170"), e("weight", "65kg", "65kg"))),
                arguments("我175 120斤穿什么码", List.of(e("height", "175", "175"), e("weight", "120斤", "120斤"))),
                arguments("1米75穿什么码", List.of(e("height", "175", "1米75"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void findsTheEntitiesOfAMessage(String text, List<Entity> expected) {
        assertThat(extract(text)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource({"便宜点吧", "打个折呗", "少个几十块", "万一不合适呢", "我明白的", "能用京东白条吗", "买二送一吗", "色差太大", "千万别发错了"})
    void findsNothingWhereThereIsNothing(String text) {
        assertThat(extract(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "一百二, 120",
        "一百二十, 120",
        "一百零五, 105",
        "三千五, 3500",
        "两万, 20000",
        "一万二, 12000",
        "十五, 15",
        "九十九, 99",
        "两, 2",
        "十, 10",
        "120, 120",
        "99.50, 99.5"
    })
    void readsChineseNumerals(String written, String value) {
        assertThat(EntityExtractor.number(written)).contains(value);
    }

    @Test
    void entitiesNeverOverlap() {
        // 便宜20块 is a discount, not also an amount of 20.
        assertThat(extract("再便宜20块吧")).containsExactly(e("discount", "20", "便宜20块"));
    }
}
