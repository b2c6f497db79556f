package com.dianxiaoer.greeting.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired for every item appended to a transcript, inside the appending transaction; observers that act after commit
 * push it to open streams. It carries what the reply-latency metric needs, so that metric reads nothing back.
 *
 * @param role   customer, bot or agent
 * @param intent    the reply's intent, or {@code null}
 * @param inReplyTo the customer message a reply answers, where the stage named it, or {@code null}
 */
public record TranscriptAppended(
        UUID conversationId, long seq, String role, String intent, Instant at, UUID inReplyTo) {}
