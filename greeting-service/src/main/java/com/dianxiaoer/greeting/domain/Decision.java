package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Intent;

import java.util.List;

/**
 * What the front desk does with one customer message: the replies it sends itself (possibly none), the stages it
 * hands the message to and as what (none when it answers alone; two when the message carried two requests that two
 * stages own), the stage that owns the conversation afterwards, and the product the conversation is about.
 */
public record Decision(List<Reply> replies, List<Route> routes, Stage stageAfter, String productId) {

    /** A stage that gets the message, and the request it is to answer in it. */
    public record Route(Stage stage, Intent intent) {
    }

    public Decision {
        replies = List.copyOf(replies);
        routes = List.copyOf(routes);
    }

    /** The first stage the message goes to, or null when the front desk answered it alone. */
    public Stage routeTo() {
        return routes.isEmpty() ? null : routes.get(0).stage();
    }
}
