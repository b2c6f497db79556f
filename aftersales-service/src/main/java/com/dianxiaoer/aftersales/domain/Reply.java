package com.dianxiaoer.aftersales.domain;

import java.util.List;

/** One message to the customer, with buttons they may tap instead of typing. */
public record Reply(String text, List<String> quickReplies) {

    public Reply {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of());
    }
}
