package com.dianxiaoer.aftersales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a customer says, in whatever order: a case is reported at most once, every reply keeps the playbook's
 * tone, and no compensation goes beyond the shop's limits.
 */
class ProcedurePropertyTest {
    private static final List<String> FRAGMENTS = List.of(
            "质量太差了",
            "起球",
            "色差很大",
            "发错货了",
            "少发了一件",
            "领口破了",
            "还没收到货",
            "刚买就降价了",
            "客服态度不好",
            "不喜欢想退货",
            "想换货",
            "要退款",
            "好的",
            "嗯",
            "谢谢",
            "冒烟了差点起火",
            "我要去12315投诉",
            "找媒体曝光",
            "第二次出问题了",
            "订单号 123456789012345678",
            "照片 https://img.example.com/x.jpg",
            "没有照片",
            "5分 非常满意",
            "1分",
            "一般",
            "我要投诉",
            "七天无理由");
    private static final List<String> INTENTS =
            List.of("complaint", "return_refund", "acknowledgement", "other", "goodbye_thanks");

    @Provide
    Arbitrary<List<CustomerMessage>> conversations() {
        Arbitrary<CustomerMessage> message = Combinators.combine(
                        Arbitraries.of(FRAGMENTS)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3)
                                .map(l -> String.join("，", l)),
                        Arbitraries.of(INTENTS),
                        Arbitraries.integers().between(0, 48))
                .as((text, intent, hours) -> new CustomerMessage(
                        text,
                        intent,
                        text.contains("123456789012345678") ? "123456789012345678" : null,
                        "wool-coat",
                        ComplaintDeskTest.MORNING.plus(hours, ChronoUnit.HOURS)));
        return message.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<OrderFacts> orders() {
        return Combinators.combine(
                        Arbitraries.of("paid", "shipped", "delivered"),
                        Arbitraries.integers().between(50, 3000),
                        Arbitraries.integers().between(0, 20))
                .as((status, total, daysAgo) -> {
                    Instant at = ComplaintDeskTest.MORNING.minus(daysAgo, ChronoUnit.DAYS);
                    return new OrderFacts(
                            "123456789012345678",
                            3,
                            status,
                            new BigDecimal(total),
                            "顺丰",
                            "运输中",
                            at,
                            status.equals("paid") ? null : at,
                            status.equals("delivered") ? at : null);
                })
                .injectNull(0.2);
    }

    @Property(tries = 300)
    void reportedAtMostOnceAndAlwaysPolite(
            @ForAll("conversations") List<CustomerMessage> messages, @ForAll("orders") OrderFacts order) {
        AftersalesPolicy policy = ComplaintDeskTest.POLICY;
        ComplaintDesk desk = new ComplaintDesk(policy);
        ComplaintCase current = null;
        Map<String, Integer> escalations = new HashMap<>();
        for (CustomerMessage m : messages) {
            Turn t = desk.respond(current, m, order, 0);
            if (t.kase() != null) {
                current = t.kase();
                if (!t.escalate().isEmpty()) {
                    escalations.merge(current.caseId, 1, Integer::sum);
                }
                assertThat(current.escalated)
                        .as("a serious case is always reported")
                        .isEqualTo(current.serious());
            }
            assertThat(t.replies()).as("every message is answered").isNotEmpty();
            for (Reply r : t.replies()) {
                assertThat(r.text())
                        .contains("亲")
                        .doesNotContain("您自己", "你自己", "怪您", "您的责任", "为什么不", "看清楚", "不能", "不可以", "没办法");
            }
            if (t.resolution() != null) {
                for (Compensation c : t.resolution().compensations()) {
                    if (c.kind().equals("coupon")) {
                        assertThat(c.amount()).isLessThanOrEqualTo(policy.maxCouponAmount());
                    }
                }
                assertThat(t.resolution().compensations().get(0).kind())
                        .as("the apology comes first")
                        .isEqualTo("apology");
            }
        }
        net.jqwik.api.statistics.Statistics.label("a case was reported").collect(!escalations.isEmpty());
        assertThat(escalations.values()).allSatisfy(n -> assertThat(n).isEqualTo(1));
    }
}
