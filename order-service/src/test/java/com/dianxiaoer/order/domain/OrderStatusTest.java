package com.dianxiaoer.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {
    @Test
    void onlyTheMarketplacesLifeCycleMovesAreAllowed() {
        Map<OrderStatus, Set<OrderStatus>> allowed = Map.of(
                OrderStatus.created, EnumSet.of(OrderStatus.paid, OrderStatus.cancelled),
                OrderStatus.paid, EnumSet.of(OrderStatus.shipped, OrderStatus.cancelled),
                OrderStatus.shipped, EnumSet.of(OrderStatus.delivered),
                OrderStatus.delivered, EnumSet.noneOf(OrderStatus.class),
                OrderStatus.cancelled, EnumSet.noneOf(OrderStatus.class));
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as(from + " -> " + to)
                        .isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @Test
    void theReceiverIsShownMasked() {
        Receiver r = new Receiver("欧阳娜娜", "13812345678", "广东省深圳市南山区科技园南区8栋");
        assertThat(r.masked()).isEqualTo("欧***，138****5678，广东省深圳市南山区****");
        assertThat(Receiver.region("北京市朝阳区建国路88号")).isEqualTo("北京市朝阳区");
    }
}
