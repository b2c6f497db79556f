package com.dianxiaoer.greeting.api;

import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.ErrorMappers;
import com.dianxiaoer.greeting.persistence.ConversationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Conversation tokens: 256 random bits handed to the widget once; only their SHA-256 is stored, and the
 * comparison takes the same time whether the token is nearly right or entirely wrong.
 */
@ApplicationScoped
public class ConversationAccess {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The conversation, if it exists and the token is its own; otherwise the 404 or 401 the caller deserves. */
    @Transactional
    public ConversationEntity authorize(String conversationId, String authorization, String queryToken) {
        UUID id = parse(conversationId);
        ConversationEntity conversation = ConversationEntity.findById(id);
        if (conversation == null) {
            throw ApiException.notFound("conversation_not_found", "no conversation " + conversationId);
        }
        String token = bearer(authorization);
        if (token == null) {
            token = queryToken;
        }
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized("send the conversation token as 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                conversation.tokenHash.getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.unauthorized("the token does not belong to this conversation");
        }
        return conversation;
    }

    private static UUID parse(String conversationId) {
        try {
            return UUID.fromString(conversationId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("conversation_not_found", "no conversation " + conversationId);
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String trimmed = authorization.trim();
        return trimmed.regionMatches(true, 0, "Bearer ", 0, 7) ? trimmed.substring(7).trim() : null;
    }
}
