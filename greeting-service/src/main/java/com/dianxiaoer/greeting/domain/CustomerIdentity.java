package com.dianxiaoer.greeting.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shop's page vouches for a signed-in customer the way the widely used chat widgets do: it sends, with the
 * customer's id, the hex HMAC-SHA256 of that id under the shop's own secret (computed on the shop's server, never in
 * the page). Only a vouched-for customer is told about, or may change, an order placed outside this conversation.
 */
public final class CustomerIdentity {
    private CustomerIdentity() {}

    public static String sign(String secret, String customerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** True when the signature is the shop's for this customer; the comparison takes the same time however wrong. */
    public static boolean vouches(String secret, String customerId, String signature) {
        if (secret == null || secret.isBlank() || customerId == null || customerId.isBlank() || signature == null) {
            return false;
        }
        byte[] expected = sign(secret, customerId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(
                expected, signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
