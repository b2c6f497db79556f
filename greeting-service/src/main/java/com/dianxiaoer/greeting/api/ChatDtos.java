package com.dianxiaoer.greeting.api;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.greeting.persistence.Transcript;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The chat API's request and response bodies; field names are the contract of docs/design.md, "The chat API". */
public final class ChatDtos {
    private ChatDtos() {}

    public record OpenConversation(
            @NotBlank @Size(max = 64) String shopId,
            @Size(max = 100) String customerId,

            @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag like zh-CN")
            String locale,

            @Size(max = 64) String productId,
            /* The hex HMAC-SHA256 of customerId under the shop's identity secret, from the shop's server: the customer is signed in. */
            @Size(max = 128) String customerSignature) {

        public OpenConversation(String shopId, String customerId, String locale, String productId) {
            this(shopId, customerId, locale, productId, null);
        }
    }

    public record ConversationOpened(String conversationId, String token) {}

    /** {@code text} is checked by the resource (empty, too long) so the refusal carries a precise code. */
    public record PostMessage(String text, @Size(max = 100) String clientMessageId) {}

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record MessageAccepted(String messageId, long seq, boolean duplicate) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranscriptItem(
            long seq,
            String role,
            String text,
            String intent,
            Stage stage,
            List<String> quickReplies,
            Instant at,
            String author,
            String inReplyTo) {
        public static TranscriptItem of(TranscriptItemEntity e) {
            return new TranscriptItem(
                    e.seq,
                    e.role,
                    e.text,
                    e.intent,
                    e.stage,
                    Transcript.quickReplies(e),
                    e.at,
                    e.author,
                    e.inReplyTo == null ? null : e.inReplyTo.toString());
        }
    }
}
