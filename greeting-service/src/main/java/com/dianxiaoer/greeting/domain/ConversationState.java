package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;

import java.util.List;

/**
 * What the front desk remembers of a conversation between messages, including the buttons the last reply
 * offered: a tapped button means what the service that offered it meant, whatever a classifier would make of it.
 */
public record ConversationState(Stage stage, boolean welcomed, String productId, List<String> lastQuickReplies) {

    public ConversationState {
        lastQuickReplies = lastQuickReplies == null ? List.of() : List.copyOf(lastQuickReplies);
    }

    public ConversationState(Stage stage, boolean welcomed, String productId) {
        this(stage, welcomed, productId, List.of());
    }
}
