package com.dianxiaoer.greeting.domain;

import java.time.Duration;
import java.util.List;

/**
 * What the front desk needs to know about a shop to greet like its own agent: the shop's name, the agent's
 * name and number (responsibility is traceable to the number), the promotion running now, the default
 * couriers, the stock rule the shop tells customers, when its people answer, and how long a customer waits for one
 * before the bot apologises for the wait.
 */
public record ShopProfile(
        String id,
        String name,
        String agentName,
        String agentNumber,
        String promotion,
        List<String> couriers,
        String stockRule,
        ServiceHours hours,
        Duration holdAfter) {

    public ShopProfile {
        couriers = List.copyOf(couriers);
    }

    /** A shop whose people answer around the clock, with a minute's wait before the holding message. */
    public ShopProfile(
            String id,
            String name,
            String agentName,
            String agentNumber,
            String promotion,
            List<String> couriers,
            String stockRule) {
        this(
                id,
                name,
                agentName,
                agentNumber,
                promotion,
                couriers,
                stockRule,
                ServiceHours.ALWAYS,
                Duration.ofSeconds(60));
    }
}
