package com.dianxiaoer.aftersales.domain;

/**
 * What a complaint needs to be settled, asked for once each ("问清楚"). The names are stored with the case and are
 * the keys of the questions in the replies catalogue ({@code ask.<fact>}).
 */
public enum Fact {
    /** Which order. */
    order,
    /** Which item: asked for, never waited on. */
    item,
    /** What happened, asked for until it is told. */
    what,
    /** A photo, where the category wants one and the customer has not said there is none. */
    photo,
    /**
     * Whether the cause only the front desk's model read is right: nothing is settled on a guess the customer has not
     * had a turn to correct.
     */
    cause;

    /** Whether the case waits for it before anything is settled. */
    boolean blocking() {
        return this != item;
    }
}
