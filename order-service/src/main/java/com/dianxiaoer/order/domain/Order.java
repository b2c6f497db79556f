package com.dianxiaoer.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An order as the chat sees it: what the shop's order system told us, plus what the conversation added. */
public record Order(
        String shopId,
        String orderId,
        String conversationId,
        int version,
        OrderStatus status,
        List<OrderLine> lines,
        BigDecimal total,
        Receiver receiver,
        String courier,
        String waybillNumber,
        Instant createdAt,
        Instant paidAt,
        Instant shippedAt,
        Instant deliveredAt,
        List<Tracking> tracking,
        List<String> remarks,
        int remindersSent,
        boolean addressConfirmed) {

    public Order {
        lines = List.copyOf(lines);
        tracking = tracking == null ? List.of() : List.copyOf(tracking);
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }

    public Order withAddressConfirmed() {
        return new Order(
                shopId,
                orderId,
                conversationId,
                version,
                status,
                lines,
                total,
                receiver,
                courier,
                waybillNumber,
                createdAt,
                paidAt,
                shippedAt,
                deliveredAt,
                tracking,
                remarks,
                remindersSent,
                true);
    }

    public Optional<Tracking> latestScan() {
        return tracking.stream().max(Comparator.comparing(Tracking::at));
    }

    public String productNames() {
        return String.join("、", lines.stream().map(OrderLine::name).toList());
    }
}
