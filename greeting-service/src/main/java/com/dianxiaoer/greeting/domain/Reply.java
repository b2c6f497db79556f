package com.dianxiaoer.greeting.domain;

import java.util.List;

/** One message the bot sends: its text, the intent it answers, and buttons the customer may tap instead of typing. */
public record Reply(String text, String intent, List<String> quickReplies) {

    public Reply {
        quickReplies = List.copyOf(quickReplies);
    }

    public static Reply of(String text, String intent) {
        return new Reply(text, intent, List.of());
    }
}
