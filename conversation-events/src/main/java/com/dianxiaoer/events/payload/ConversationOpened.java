package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A widget opened a conversation. {@code customerId} is the shop's opaque visitor id, never a name or phone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationOpened(String customerId, String locale, String productId) implements Payload {}
