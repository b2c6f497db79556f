package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;

import java.util.List;

/**
 * What the front desk does with one customer message: the replies it sends itself (possibly none), the stage
 * it hands the message to (null when it answers alone), the stage that owns the conversation afterwards, and
 * the product the conversation is about.
 */
public record Decision(List<Reply> replies, Stage routeTo, Stage stageAfter, String productId) {

    public Decision {
        replies = List.copyOf(replies);
    }
}
