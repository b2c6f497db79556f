package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;

/** A customer message was stored in the transcript (the envelope's {@code seq}) and awaits handling. */
public record CustomerMessageReceived(String messageId, String clientMessageId, String text) implements Payload {
}
