package com.dianxiaoer.greeting.domain;

import java.util.List;

/**
 * What the front desk needs to know about a shop to greet like its own agent: the shop's name, the agent's
 * name and number (responsibility is traceable to the number), the promotion running now, the default
 * couriers, and the stock rule the shop tells customers.
 */
public record ShopProfile(String id, String name, String agentName, String agentNumber, String promotion,
                          List<String> couriers, String stockRule) {

    public ShopProfile {
        couriers = List.copyOf(couriers);
    }
}
