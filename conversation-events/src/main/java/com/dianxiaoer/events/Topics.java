package com.dianxiaoer.events;

import java.util.List;

/**
 * Kafka topic names. Every record is keyed by conversation id, so one conversation stays in order on one
 * partition; the catalogue's records, which belong to no conversation, by {@code product:<shopId>:<productId>}. A consumer
 * that cannot handle a record sends it to {@code <topic>.dlq}.
 */
public final class Topics {
    /** greeting-service's own events: ConversationOpened, CustomerMessageReceived, StageChanged, HandoffChanged. */
    public static final String CONVERSATION_EVENTS = "conversation.events";
    /** Replies to the customer from any service (BotReplied); greeting-service appends them to the transcript. */
    public static final String REPLIES = "conversation.replies";

    public static final String ROUTED_PREFIX = "conversation.routed.";
    public static final String ROUTED_NEGOTIATION = ROUTED_PREFIX + "negotiation";
    public static final String ROUTED_ORDER = ROUTED_PREFIX + "order";
    public static final String ROUTED_AFTERSALES = ROUTED_PREFIX + "aftersales";
    public static final String NEGOTIATION_EVENTS = "negotiation.events";
    public static final String ORDER_EVENTS = "order.events";
    public static final String AFTERSALES_EVENTS = "aftersales.events";
    /** The shop catalogue's changes (ProductChanged), from greeting-service, its owner. */
    public static final String CATALOGUE_EVENTS = "catalogue.events";

    /**
     * insights-service's: one record per conversation once it has gone quiet (ConversationOutcome), again when it
     * resumes; compacted, so each conversation's latest is kept.
     */
    public static final String CONVERSATION_OUTCOMES = "conversation.outcomes";
    /** insights-service's figures per shop and hour, and per shop and day (ShopFigures), keyed shopId|period|start. */
    public static final String SHOP_HOURLY = "insights.shop-hourly";

    public static final String SHOP_DAILY = "insights.shop-daily";

    public static final String DLQ_SUFFIX = ".dlq";

    /** Every topic of the system, without the dead-letter topics. */
    public static final List<String> ALL = List.of(
            CONVERSATION_EVENTS,
            REPLIES,
            ROUTED_NEGOTIATION,
            ROUTED_ORDER,
            ROUTED_AFTERSALES,
            NEGOTIATION_EVENTS,
            ORDER_EVENTS,
            AFTERSALES_EVENTS,
            CATALOGUE_EVENTS);

    /** What insights-service writes: read by analysts, compacted, no dead-letter topics (nothing consumes them here). */
    public static final List<String> INSIGHTS = List.of(CONVERSATION_OUTCOMES, SHOP_HOURLY, SHOP_DAILY);

    private Topics() {}

    /** The topic where a message for the given stage is routed; only the three stage services have one. */
    public static String routedTo(Stage stage) {
        return switch (stage) {
            case negotiation, order, aftersales -> ROUTED_PREFIX + stage.name();
            default -> throw new IllegalArgumentException("no routed topic for stage " + stage);
        };
    }

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
