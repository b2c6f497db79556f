package com.dianxiaoer.order.domain;

/**
 * What the order desk asked the customer last. Their next message is read as the answer to it first: "确认" answers
 * the address check, a bare address answers "send me the new address", an order number answers "which order?" and
 * gets the answer to the question that needed it.
 */
public record Question(Kind kind, String forIntent) {

    public enum Kind {
        /** After payment: is the receiver shown right? */
        address_check,
        /** The customer wants another address and was asked for it. */
        new_address,
        /** The customer asked about an order the conversation does not have; {@code forIntent} is what they asked. */
        order_number
    }

    public static Question of(Kind kind) {
        return new Question(kind, null);
    }
}
