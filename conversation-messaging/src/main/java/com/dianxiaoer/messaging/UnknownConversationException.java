package com.dianxiaoer.messaging;

/** An event for a conversation this service never opened: nothing to attach it to, so it is a dead letter. */
public class UnknownConversationException extends RuntimeException {
    public UnknownConversationException(String conversationId) {
        super("unknown conversation " + conversationId);
    }
}
