package com.dianxiaoer.greeting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dianxiaoer.greeting.persistence.TranscriptNotifications;
import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A reply another instance of greeting-service stored reaches a stream open on this one at once, told by PostgreSQL,
 * not at the periodic look for missed items (here once an hour, so only the notification can deliver it).
 */
@QuarkusTest
@TestProfile(OtherReplicasItemsTest.RareLook.class)
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class OtherReplicasItemsTest {

    public static class RareLook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Keyword rules: a second application in this JVM cannot load the model's native libraries again.
            return Map.of("dianxiaoer.chat.stream-poll-interval", "1h", "dianxiaoer.nlu.classifier", "keyword");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Inject
    TranscriptNotifications notifications;

    @Test
    void aReplyStoredByAnotherInstanceReachesTheStreamOpenHere() throws Exception {
        Chat chat = Chat.open("demo");
        try (SseClient sse =
                SseClient.open(base.resolve("api/v1/conversations/" + chat.id() + "/stream"), chat.token(), null)) {
            assertThat(sse.status).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(notifications::listening);
            storedElsewhere(UUID.fromString(chat.id()), 1000, "另一台实例的回复");

            List<SseClient.Event> events = sse.until(e -> "1000".equals(e.id()), Duration.ofSeconds(20));

            assertThat(events.get(events.size() - 1).data().get("text").asText())
                    .isEqualTo("另一台实例的回复");
        }
    }

    /** What another instance's Transcript does, without this one's CDI event: an insert in a transaction of its own. */
    private void storedElsewhere(UUID conversationId, long seq, String text) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into transcript_item (id, conversation_id, seq, role, text, at) values (?, ?, ?, 'bot', ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, conversationId);
            insert.setLong(3, seq);
            insert.setString(4, text);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
