package com.dianxiaoer.nlu;

import java.util.Arrays;
import java.util.Optional;

/**
 * The intent names of docs/design.md ("Intents and their owners"): the routing contract every service and every
 * evaluation uses.
 */
public enum Intent {
    greeting,
    goodbye_thanks,
    stock,
    size_spec,
    authenticity,
    promotion,
    bargain,
    payment,
    invoice,
    shipping_time,
    logistics,
    address_change,
    order_change,
    return_refund,
    complaint,
    human_agent,
    /** A short acknowledgement ("好的", "嗯"): it belongs to whichever stage owns the conversation now. */
    acknowledgement,
    other;

    /**
     * Whether someone must act on it: everything but greetings, thanks, acknowledgements and {@code other}. A
     * conversation's topic is its last request; what the customer says after one is read against it.
     */
    public boolean isRequest() {
        return this != greeting && this != goodbye_thanks && this != acknowledgement && this != other;
    }

    /** A complaint or a return: what after-sales opens a case for, and what the model reads a cause in. */
    public boolean complaintOrReturn() {
        return this == complaint || this == return_refund;
    }

    public static Optional<Intent> parse(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }
}
