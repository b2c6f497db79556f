package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Stage;
import java.util.Map;
import java.util.Optional;

/** Which stage the customer's next message goes to, as replies arrive from the stage services and from people. */
public final class Ownership {
    private static final Map<String, Stage> STAGE_OF_SERVICE = Map.of(
            "negotiation-service",
            Stage.negotiation,
            "order-service",
            Stage.order,
            "aftersales-service",
            Stage.aftersales);

    private Ownership() {}

    /** Who said a reply: a person, or the stage of the service that published it (null for one we do not know). */
    public static Stage speaker(Actor actor, String service) {
        return actor == Actor.agent ? Stage.human : STAGE_OF_SERVICE.get(service);
    }

    /**
     * A stage that speaks first (the address check after payment, a payment reminder) now owns the conversation, so
     * the customer's "好的" or "确认" goes back to it. A conversation waiting for a person stays with the person.
     */
    public static Optional<Stage> afterReply(Stage owner, Stage speaker) {
        if (speaker == null || speaker == Stage.human || owner == speaker || owner == Stage.human) {
            return Optional.empty();
        }
        return Optional.of(speaker);
    }
}
