package com.dianxiaoer.events;

/** Who caused an event: the shopper, our bot, a human shop agent, or the system itself (timers, relays). */
public enum Actor {
    customer,
    bot,
    agent,
    system
}
