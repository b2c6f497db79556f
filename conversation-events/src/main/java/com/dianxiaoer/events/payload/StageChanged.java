package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import com.dianxiaoer.events.Stage;

/** The stage that owns a conversation changed; {@code reason} says why in a word or two (routed, handoff, released). */
public record StageChanged(Stage from, Stage to, String reason) implements Payload {
}
