package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.StageChanged;
import com.dianxiaoer.greeting.domain.PersonalData;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The writes of a conversation's life, each one transaction with the events that report it. */
@ApplicationScoped
public class Conversations {
    @Inject
    Transcript transcript;

    @Inject
    Outbox outbox;

    @Transactional
    public ConversationEntity open(
            String shopId,
            String customerId,
            boolean customerVerified,
            String locale,
            String productId,
            String tokenHash) {
        ConversationEntity c = new ConversationEntity();
        c.id = UUID.randomUUID();
        c.shopId = shopId;
        c.customerId = customerId;
        c.customerVerified = customerVerified;
        c.locale = locale;
        c.productId = productId;
        c.tokenHash = tokenHash;
        c.stage = Stage.greeting;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.persist();
        outbox.publish(
                Topics.CONVERSATION_EVENTS,
                Envelope.of(
                        shopId,
                        c.id.toString(),
                        null,
                        Actor.customer,
                        Transcript.PRODUCER,
                        null,
                        null,
                        new ConversationOpened(customerId, locale, productId)));
        return c;
    }

    /**
     * Stores a customer message once per clientMessageId. Under the conversation's row lock the duplicate check
     * and the insert cannot interleave with a concurrent retry of the same message.
     */
    @Transactional
    public Accepted acceptCustomerMessage(UUID conversationId, String text, String clientMessageId) {
        ConversationEntity c = ConversationEntity.lock(conversationId).orElseThrow();
        if (c.erased()) {
            // erased between the token check and this lock: nothing the customer says is kept in it
            throw ApiException.gone("conversation_erased", "this conversation was erased; open a new one");
        }
        if (clientMessageId != null) {
            Optional<TranscriptItemEntity> earlier =
                    TranscriptItemEntity.byClientMessageId(conversationId, clientMessageId);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get().id, earlier.get().seq, true);
            }
        }
        TranscriptItemEntity item = transcript.appendCustomerMessage(c, text, clientMessageId);
        outbox.publish(
                Topics.CONVERSATION_EVENTS,
                Envelope.of(
                        c.shopId,
                        c.id.toString(),
                        item.seq,
                        Actor.customer,
                        Transcript.PRODUCER,
                        null,
                        null,
                        new CustomerMessageReceived(item.id.toString(), clientMessageId, PersonalData.mask(text))));
        return new Accepted(item.id, item.seq, false);
    }

    /** A person hands the conversation back to the bot. False when nobody was asked for. */
    @Transactional
    public boolean release(UUID conversationId) {
        Optional<ConversationEntity> found = ConversationEntity.lock(conversationId);
        if (found.isEmpty() || found.get().stage != Stage.human) {
            return false;
        }
        ConversationEntity c = found.get();
        c.stage = Stage.greeting;
        c.updatedAt = Instant.now();
        outbox.publish(
                Topics.CONVERSATION_EVENTS,
                Envelope.of(
                        c.shopId,
                        c.id.toString(),
                        null,
                        Actor.agent,
                        Transcript.PRODUCER,
                        null,
                        null,
                        new StageChanged(Stage.human, Stage.greeting, "released")));
        return true;
    }

    @Transactional
    public List<ConversationEntity> waitingForAgent(String shopId) {
        return ConversationEntity.waitingForAgent(shopId);
    }

    public record Accepted(UUID messageId, long seq, boolean duplicate) {}
}
