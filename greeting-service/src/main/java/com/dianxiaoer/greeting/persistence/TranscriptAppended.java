package com.dianxiaoer.greeting.persistence;

import java.util.UUID;

/** Fired for every item appended to a transcript; observers that act after commit push it to open streams. */
public record TranscriptAppended(UUID conversationId) {
}
