package com.dianxiaoer.events;

import com.dianxiaoer.events.payload.AddressChanged;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintEscalated;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.events.payload.SatisfactionRecorded;
import com.dianxiaoer.events.payload.ShopTaskRequested;
import com.dianxiaoer.events.payload.StageChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One realistic envelope per event type, as the services publish them. */
final class EventSamples {
    static final Instant AT = Instant.parse("2025-06-18T08:30:00.123Z");
    static final UUID CORRELATION = UUID.fromString("6f1c2a4e-8b1d-4c3e-9a57-0d2f3b4c5e6f");

    private EventSamples() {}

    static Envelope sample(EventType type) {
        // An exhaustive switch without default: a new EventType does not compile here until it has a sample,
        // so no type can reach the wire without its schema being exercised.
        return switch (type) {
            case ConversationOpened ->
                envelope(
                        null,
                        Actor.customer,
                        "greeting-service",
                        new ConversationOpened("visitor-7f3a", "zh-CN", "sku-1001"));
            case CustomerMessageReceived ->
                envelope(
                        3L,
                        Actor.customer,
                        "greeting-service",
                        new CustomerMessageReceived("msg-3", "3b0d7c1e-2f4a-4e8b-9c6d-1a2b3c4d5e6f", "能便宜点吗"));
            case MessageRouted ->
                envelope(
                        null,
                        Actor.system,
                        "greeting-service",
                        new MessageRouted(
                                "msg-3",
                                3,
                                "能便宜点吗，一百二卖不卖？两件包邮吗",
                                "bargain",
                                0.83,
                                "shipping_time",
                                Stage.negotiation,
                                "sku-1001",
                                List.of(
                                        new MessageRouted.Entity("amount", "120", "一百二"),
                                        new MessageRouted.Entity("quantity", "2", "两件"))));
            case BotReplied ->
                envelope(
                        null,
                        Actor.bot,
                        "negotiation-service",
                        new BotReplied("亲，这款已经是活动价了，给您申请一张5元优惠券哦", "bargain", List.of("好的，我要了", "再便宜点"), "msg-3"));
            case StageChanged ->
                envelope(
                        null,
                        Actor.system,
                        "greeting-service",
                        new StageChanged(Stage.greeting, Stage.negotiation, "routed"));
            case DealAgreed ->
                envelope(
                        null,
                        Actor.customer,
                        "negotiation-service",
                        new DealAgreed("sku-1001", "羊毛双面呢大衣", 1, new BigDecimal("869.00"), List.of("羊毛围巾小样"), true, 2));
            case NegotiationEnded ->
                envelope(
                        null,
                        Actor.customer,
                        "negotiation-service",
                        new NegotiationEnded("sku-1001", "customer_left", 3, 1));
            case OrderChanged ->
                envelope(
                        null,
                        Actor.system,
                        "order-service",
                        new OrderChanged(
                                "TB20261124001",
                                3,
                                "shipped",
                                "paid",
                                "status",
                                new BigDecimal("869.00"),
                                "顺丰",
                                "SF1234567890123",
                                "已揽收"));
            case AddressChanged ->
                envelope(
                        null,
                        Actor.customer,
                        "order-service",
                        new AddressChanged("TB20261124001", 4, "浙江省杭州市", "西湖区文三路***"));
            case ComplaintOpened ->
                envelope(
                        null,
                        Actor.customer,
                        "aftersales-service",
                        new ComplaintOpened(
                                "5d0c8a1e-4b7f-4f0e-9d2a-7c3b1e6f8a90",
                                "TB20261124001",
                                "wool-coat",
                                "damaged",
                                "normal",
                                "exchange"));
            case ComplaintEscalated ->
                envelope(
                        null,
                        Actor.customer,
                        "aftersales-service",
                        new ComplaintEscalated(
                                "5d0c8a1e-4b7f-4f0e-9d2a-7c3b1e6f8a90",
                                "TB20261124001",
                                "quality",
                                List.of("safety", "dispute_threat"),
                                new BigDecimal("869.00")));
            case ComplaintResolved ->
                envelope(
                        null,
                        Actor.customer,
                        "aftersales-service",
                        new ComplaintResolved(
                                "5d0c8a1e-4b7f-4f0e-9d2a-7c3b1e6f8a90",
                                "TB20261124001",
                                "damaged",
                                "normal",
                                "replacement",
                                List.of("apology", "coupon"),
                                new BigDecimal("10"),
                                true));
            case SatisfactionRecorded ->
                envelope(
                        null,
                        Actor.customer,
                        "aftersales-service",
                        new SatisfactionRecorded(
                                "5d0c8a1e-4b7f-4f0e-9d2a-7c3b1e6f8a90", "TB20261124001", "damaged", 5));
            case ProductChanged ->
                new Envelope(
                        UUID.nameUUIDFromBytes("ProductChanged".getBytes()),
                        "ProductChanged",
                        1,
                        AT,
                        "demo",
                        ProductChanged.key("demo", "sku-1001"),
                        null,
                        CORRELATION,
                        CORRELATION,
                        "greeting-service",
                        Actor.system,
                        new ProductChanged("sku-1001", "羊毛双面呢大衣", new BigDecimal("899.00"), 23));
            case HandoffChanged ->
                envelope(
                        null,
                        Actor.agent,
                        "greeting-service",
                        new HandoffChanged(
                                "answered",
                                Stage.aftersales,
                                "0b9e4c1d-2a3f-4e5b-8c7d-6e5f4a3b2c1d",
                                42L,
                                false,
                                null));
            case ShopTaskRequested ->
                envelope(
                        null,
                        Actor.system,
                        "order-service",
                        new ShopTaskRequested(
                                "chase_courier",
                                "TB20261124001",
                                null,
                                "韵达",
                                "YD1234567890",
                                null,
                                "later than the usual 3 days"));
            case ErasureRequested ->
                envelope(
                        null,
                        Actor.system,
                        "greeting-service",
                        new ErasureRequested("7a1f3c2e-9b4d-4e8a-a6c5-2d1e0f9b8c7a", "customer_request", "buyer-1001"));
            case ErasureCompleted ->
                envelope(
                        null,
                        Actor.system,
                        "order-service",
                        new ErasureCompleted("7a1f3c2e-9b4d-4e8a-a6c5-2d1e0f9b8c7a", "order-service", 3));
        };
    }

    static Envelope envelope(Long seq, Actor actor, String producer, Payload payload) {
        EventType type = EventType.of(payload);
        return new Envelope(
                UUID.nameUUIDFromBytes(type.name().getBytes()),
                type.name(),
                type.schemaVersion(),
                AT,
                "demo",
                "conv-42",
                seq,
                CORRELATION,
                CORRELATION,
                producer,
                actor,
                payload);
    }
}
