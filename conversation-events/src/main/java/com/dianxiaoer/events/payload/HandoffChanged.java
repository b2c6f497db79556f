package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Stage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Set;

/**
 * A step of a handoff to a person (conversation.events), for a shop's alerting and for analysts comparing bot and
 * people: requested, overdue (waited past the shop's threshold; the customer got a holding message), taken,
 * answered (a person's first reply), returned (to the bot), closed, rated (the customer's 1-5 for the person).
 *
 * @param from          the stage the bot was in when the customer asked for a person
 * @param agentId       the shop account that took, answered, returned or closed it, or was rated
 * @param waitedSeconds from the request to this step
 * @param afterHours    asked for outside the shop's service hours
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoffChanged(
        String step, Stage from, String agentId, Long waitedSeconds, Boolean afterHours, Integer score)
        implements Payload {
    public static final Set<String> STEPS =
            Set.of("requested", "overdue", "taken", "answered", "returned", "closed", "rated");

    public HandoffChanged {
        Objects.requireNonNull(step, "step");
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException("unknown handoff step " + step);
        }
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("score must be within 1..5, was " + score);
        }
    }
}
