package com.dianxiaoer.greeting.app;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** A customer starts a chat with the shop: the front desk owns it until a message is routed on. */
@ApplicationScoped
public class OpenConversation {
    @Inject
    ConversationPublisher publisher;

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
        publisher.report(c, null, Actor.customer, new ConversationOpened(customerId, locale, productId));
        return c;
    }
}
