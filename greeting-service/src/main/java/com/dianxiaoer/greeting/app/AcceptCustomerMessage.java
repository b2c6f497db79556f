package com.dianxiaoer.greeting.app;

import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.greeting.persistence.TranscriptItemEntity;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer says something: it is kept before anything is answered (the answer follows from the log, see
 * AnswerCustomerMessage), and kept once per clientMessageId however often the widget sends it.
 */
@ApplicationScoped
public class AcceptCustomerMessage {
    @Inject
    ConversationPublisher publisher;

    /** Under the conversation's row lock the duplicate check and the insert cannot interleave with a retry. */
    @Transactional
    public Accepted accept(UUID conversationId, String text, String clientMessageId) {
        ConversationEntity c = ConversationEntity.lock(conversationId).orElseThrow();
        if (c.erased()) {
            // the chat API checked it under this same lock; the use case keeps its own guard for any other caller
            throw ApiException.gone("conversation_erased", "this conversation was erased; open a new one");
        }
        if (clientMessageId != null) {
            Optional<TranscriptItemEntity> earlier =
                    TranscriptItemEntity.byClientMessageId(conversationId, clientMessageId);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get().id, earlier.get().seq, true);
            }
        }
        TranscriptItemEntity item = publisher.customerMessage(c, text, clientMessageId);
        return new Accepted(item.id, item.seq, false);
    }

    public record Accepted(UUID messageId, long seq, boolean duplicate) {}
}
