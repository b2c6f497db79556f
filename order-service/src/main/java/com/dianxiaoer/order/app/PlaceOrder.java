package com.dianxiaoer.order.app;

import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.order.domain.OrderLine;
import com.dianxiaoer.order.domain.OrderStatus;
import com.dianxiaoer.order.domain.Receiver;
import com.dianxiaoer.order.persistence.AgreedDealEntity;
import com.dianxiaoer.order.persistence.OrderEntity;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's order system reports a new order: it is kept (a repeat of the same version changes nothing), the deals
 * agreed in its conversation go into its remarks, and order.events hears of it.
 */
@ApplicationScoped
public class PlaceOrder {
    @Inject
    OrderPublisher publisher;

    @Inject
    DealRemarks dealRemarks;

    @Inject
    Clock clock;

    public record NewOrder(
            String orderId,
            String conversationId,
            int version,
            List<OrderLine> lines,
            BigDecimal total,
            Receiver receiver,
            Instant createdAt,
            String customerId) {}

    @Transactional
    public Reported place(String shopId, NewOrder n) {
        Optional<OrderEntity> existing = OrderEntity.lock(shopId, n.orderId());
        if (existing.isPresent()) {
            if (existing.get().version == n.version()) {
                return new Reported(existing.get().toOrder(), false);
            }
            throw ApiException.conflict(
                    "order_exists",
                    "order " + n.orderId() + " exists at version " + existing.get().version
                            + "; report changes to its status and tracking endpoints");
        }
        OrderEntity e = new OrderEntity();
        e.shopId = shopId;
        e.orderId = n.orderId();
        e.conversationId = n.conversationId();
        e.customerId = n.customerId();
        e.version = n.version();
        e.status = OrderStatus.created;
        e.lines(n.lines());
        e.total = n.total();
        e.receiverName = n.receiver().name();
        e.receiverPhone = n.receiver().phone();
        e.receiverAddress = n.receiver().address();
        e.createdAt = n.createdAt() == null ? clock.instant() : n.createdAt();
        e.remarks = "[]";
        e.updatedAt = clock.instant();
        e.persist();
        // Only the latest deal per product counts: an earlier one was superseded in the chat.
        Set<String> seen = new HashSet<>();
        AgreedDealEntity.<AgreedDealEntity>list(
                        "conversationId = ?1 and appliedTo is null order by agreedAt desc", n.conversationId())
                .stream()
                .filter(deal -> seen.add(deal.productId))
                .forEach(deal -> dealRemarks.apply(deal, e));
        publisher.event(
                e, new OrderChanged(e.orderId, e.version, e.status.name(), null, "created", e.total, null, null, null));
        return new Reported(e.toOrder(), true);
    }
}
