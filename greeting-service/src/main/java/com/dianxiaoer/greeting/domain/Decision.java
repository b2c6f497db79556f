package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Intent;
import java.util.List;

/**
 * What the front desk does with one customer message: the replies it sends itself (possibly none), the stages it
 * hands the message to and as what (none when it answers alone; two when the message carried two requests that two
 * stages own), the stage that owns the conversation afterwards, the product the conversation is about, and what the
 * message was taken to be (a product picked after "哪一款?" is the question it answers, whatever the classifier said).
 */
public record Decision(List<Reply> replies, List<Route> routes, Stage stageAfter, String productId, Intent understood) {

    /** A stage that gets the message, and the request it is to answer in it. */
    public record Route(Stage stage, Intent intent) {}

    public Decision {
        replies = List.copyOf(replies);
        routes = List.copyOf(routes);
    }

    /** The first stage the message goes to, or null when the front desk answered it alone. */
    public Stage routeTo() {
        return routes.isEmpty() ? null : routes.get(0).stage();
    }
}
