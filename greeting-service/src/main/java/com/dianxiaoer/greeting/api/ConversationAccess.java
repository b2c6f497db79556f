package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.persistence.ConversationEntity;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Conversation tokens (BearerTokens): the comparison takes the same time whether the token is nearly right or
 * entirely wrong.
 */
@ApplicationScoped
public class ConversationAccess {
    /** The conversation, if it exists and the token is its own; otherwise the 404 or 401 the caller deserves. */
    @Transactional
    public ConversationEntity authorize(String conversationId, String authorization, String queryToken) {
        return checked(ConversationEntity.byClientId(conversationId, false), conversationId, authorization, queryToken);
    }

    /**
     * As {@link #authorize}, with the conversation's row locked for the caller's transaction, which goes on to append
     * to it: one transaction for the check and the write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConversationEntity authorizeToAppend(String conversationId, String authorization) {
        return checked(ConversationEntity.byClientId(conversationId, true), conversationId, authorization, null);
    }

    private static ConversationEntity checked(
            Optional<ConversationEntity> found, String conversationId, String authorization, String queryToken) {
        ConversationEntity conversation = found.orElseThrow(
                () -> ApiException.notFound("conversation_not_found", "no conversation " + conversationId));
        String token = BearerTokens.fromHeader(authorization);
        if (token == null) {
            token = queryToken;
        }
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized("send the conversation token as 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(
                BearerTokens.hash(token).getBytes(StandardCharsets.US_ASCII),
                conversation.tokenHash.getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.unauthorized("the token does not belong to this conversation");
        }
        if (conversation.erased()) {
            throw ApiException.gone(
                    "conversation_erased",
                    "this conversation was erased (at the customer's request or after the shop's retention period); open a new one");
        }
        return conversation;
    }
}
