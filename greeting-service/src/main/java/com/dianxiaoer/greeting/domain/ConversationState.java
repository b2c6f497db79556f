package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.TurnContext;
import java.util.List;

/**
 * What the front desk remembers of a conversation between messages, including the last reply and its buttons: a
 * tapped button means what the service that offered it meant, whatever a classifier would make of it, and a bare
 * "好的" or "安徽" means what it answers.
 */
public record ConversationState(
        Stage stage,
        boolean welcomed,
        String productId,
        List<String> lastQuickReplies,
        String lastReply,
        Intent lastRequest,
        String lastRequestText) {

    public ConversationState {
        lastQuickReplies = lastQuickReplies == null ? List.of() : List.copyOf(lastQuickReplies);
    }

    public ConversationState(Stage stage, boolean welcomed, String productId, List<String> lastQuickReplies) {
        this(stage, welcomed, productId, lastQuickReplies, null, null, null);
    }

    /** What the classifier reads the next message in: the owning stage, the last request, the last thing the bot or a person said. */
    public TurnContext readingContext() {
        return new TurnContext(stage == null ? null : stage.name(), lastRequest, lastReply);
    }

    public ConversationState(Stage stage, boolean welcomed, String productId) {
        this(stage, welcomed, productId, List.of());
    }
}
