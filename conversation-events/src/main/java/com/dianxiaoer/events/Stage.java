package com.dianxiaoer.events;

/**
 * The stage that owns a conversation at a given moment. {@code human} means a person has been asked for
 * and the bot keeps quiet until the person releases the conversation.
 */
public enum Stage {
    greeting,
    negotiation,
    order,
    aftersales,
    human
}
