package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;

/** What the front desk remembers of a conversation between messages. */
public record ConversationState(Stage stage, boolean welcomed, String productId) {
}
