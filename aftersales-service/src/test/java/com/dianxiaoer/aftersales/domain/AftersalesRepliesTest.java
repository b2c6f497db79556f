package com.dianxiaoer.aftersales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AftersalesRepliesTest {
    @Test
    void everyTextKeepsThePlaybooksTone() {
        AftersalesReplies replies = AftersalesReplies.standard();
        assertThat(replies.keys()).hasSizeGreaterThan(80);
        for (String key : replies.keys()) {
            assertThat(replies.text(key))
                    .as(key)
                    .isNotBlank()
                    .doesNotContain("您自己", "你自己", "怪您", "您的责任", "为什么不", "看清楚", "不能", "不可以", "没办法");
        }
    }

    @Test
    void aShopsOwnWordsReplaceTheStandardOnesInTheProcedure() {
        AftersalesReplies own =
                AftersalesReplies.standard().overriddenBy(Map.of("hear.quality", "亲，东西没做好是我们的不对，马上给您处理！"));
        ComplaintDesk desk = new ComplaintDesk(ComplaintDeskTest.POLICY, own);
        Turn turn = desk.respond(null, ComplaintDeskTest.msg("衣服起球了质量太差", "complaint"), null, 0);
        assertThat(turn.replies().get(0).text()).isEqualTo("亲，东西没做好是我们的不对，马上给您处理！");
        assertThat(AftersalesReplies.standard().text("hear.quality"))
                .as("the standard wording is untouched")
                .startsWith("亲，收到的东西质量不如意");
    }

    @Test
    void theFactsAreFilledInAndAnUnknownKeyIsRefused() {
        AftersalesReplies replies = AftersalesReplies.standard();
        assertThat(replies.text("price_drop.within", 15, "100", 48)).contains("15天价保期内", "最多¥100", "48小时内");
        assertThatThrownBy(() -> replies.overriddenBy(Map.of("hear.qualty", "亲")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hear.qualty");
        assertThatThrownBy(() -> replies.text("no.such.key")).isInstanceOf(IllegalStateException.class);
    }
}
