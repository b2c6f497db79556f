package com.dianxiaoer.order.domain;

import java.util.List;

/** What the order desk says, what it asks the order to record, and the question it leaves open, if any. */
public record Answer(String text, List<String> quickReplies, Action action, Question asks) {

    public Answer {
        quickReplies = List.copyOf(quickReplies);
        action = action == null ? new Action.None() : action;
    }

    static Answer say(String text, String... quickReplies) {
        return new Answer(text, List.of(quickReplies), null, null);
    }

    Answer doing(Action action) {
        return new Answer(text, quickReplies, action, asks);
    }

    /** This answer, then another one in the same message: the texts joined, the later buttons, action and question. */
    public Answer then(Answer next) {
        Action both = next.action instanceof Action.None ? action : next.action;
        return new Answer(
                text + "\n" + next.text,
                next.quickReplies.isEmpty() ? quickReplies : next.quickReplies,
                both,
                next.asks == null ? asks : next.asks);
    }

    Answer asking(Question question) {
        return new Answer(text, quickReplies, action, question);
    }

    public sealed interface Action {
        record None() implements Action {}

        /** The customer confirmed the receiver shown to them after payment. */
        record ConfirmAddress() implements Action {}

        /** A new receiving address before shipment. */
        record ChangeAddress(Receiver receiver) implements Action {}

        /** A note for the warehouse (a different colour or size before shipment). */
        record AddRemark(String remark) implements Action {}

        /**
         * Something the reply says the shop will do with the courier (chase_courier, redirect_parcel): published as
         * ShopTaskRequested for the shop's people, so the promise is kept by someone.
         */
        record ShopTask(String task, String note) implements Action {}
    }
}
