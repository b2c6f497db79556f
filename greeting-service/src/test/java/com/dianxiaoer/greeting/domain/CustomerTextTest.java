package com.dianxiaoer.greeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerTextTest {

    @Test
    void keepsVisibleTextAndLineBreaksAndDropsControlCharacters() {
        assertThat(CustomerText.check("  能便宜\u0000点吗\n谢谢\u200b ", 2000).text()).isEqualTo("能便宜点吗\n谢谢");
    }

    @Test
    void refusesWhatHasNoVisibleText() {
        assertThat(CustomerText.check(" \t\u0007 ", 2000).problem()).isEqualTo(CustomerText.Problem.empty);
        assertThat(CustomerText.check(null, 2000).problem()).isEqualTo(CustomerText.Problem.empty);
    }

    @Test
    void countsCharactersNotUtf16UnitsAgainstTheLimit() {
        assertThat(CustomerText.check("😊".repeat(10), 10).accepted()).isTrue();
        assertThat(CustomerText.check("好".repeat(11), 10).problem()).isEqualTo(CustomerText.Problem.too_long);
    }

    @Test
    void masksMobileNumbersForTopicsAnalystsRead() {
        assertThat(PersonalData.mask("电话13812345678，改一下")).isEqualTo("电话138****5678，改一下");
        assertThat(PersonalData.mask("订单号 202611240000123456789")).isEqualTo("订单号 202611240000123456789");
    }

    @Test
    void masksAddressesNamesAndIdentityCardsButNotTheShopsWords() {
        assertThat(PersonalData.mask("地址改成上海市浦东新区世纪大道100号")).isEqualTo("地址改成上海市浦东新区****");
        assertThat(PersonalData.mask("浙江省杭州市西湖区文三路100号3幢 张小明收"))
                .startsWith("浙江省杭州市西湖区****")
                .doesNotContain("文三路");
        assertThat(PersonalData.mask("寄到北京市朝阳区建国路88号SOHO现代城5号楼，收件人李雷，电话13912345678"))
                .contains("北京市朝阳区****", "收件人李**", "139****5678")
                .doesNotContain("建国路", "李雷", "12345678");
        assertThat(PersonalData.mask("收货人改成王小二")).isEqualTo("收货人改成王**");
        assertThat(PersonalData.mask("我叫张伟 身份证号110101199003071234")).isEqualTo("我叫张** 身份证号110101********1234");
        for (String plain : new String[] {
            "羊毛双面呢大衣有货吗", "175穿多大", "能便宜点吗 两件包邮吗", "什么时候发货", "在吗", "我是新客户", "快递到哪了", "订单号TB000011112222"
        }) {
            assertThat(PersonalData.mask(plain)).as(plain).isEqualTo(plain);
        }
    }
}
