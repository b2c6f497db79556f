package com.dianxiaoer.greeting.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
