package com.dianxiaoer.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens that stand for a customer's conversation or an agent's session: 256 random bits handed out once, of which
 * only the SHA-256 is stored, so a leaked database leaks no working token.
 */
public final class BearerTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of an "Authorization: Bearer <token>" header, or null. */
    public static String fromHeader(String authorization) {
        if (authorization == null) {
            return null;
        }
        String trimmed = authorization.trim();
        return trimmed.regionMatches(true, 0, "Bearer ", 0, 7)
                ? trimmed.substring(7).trim()
                : null;
    }
}
