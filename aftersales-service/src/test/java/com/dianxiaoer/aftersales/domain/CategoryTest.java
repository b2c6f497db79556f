package com.dianxiaoer.aftersales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.payload.MessageRouted;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CategoryTest {
    /** The front desk may name any cause after-sales knows (in MessageRouted.complaintCategory), and no other. */
    @Test
    void theFrontDeskNamesTheCausesAfterSalesKnows() {
        assertThat(Arrays.stream(Category.values())
                        .filter(c -> c != Category.other)
                        .map(Category::name)
                        .collect(Collectors.toSet()))
                .isEqualTo(MessageRouted.COMPLAINT_CATEGORIES);
        assertThat(Category.named("quality")).isEqualTo(Category.quality);
        assertThat(Category.named("a_cause_of_a_newer_front_desk")).isNull();
        assertThat(Category.named(null)).isNull();
    }
}
