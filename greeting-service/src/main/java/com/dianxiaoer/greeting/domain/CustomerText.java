package com.dianxiaoer.greeting.domain;

/**
 * What counts as a message a customer can send: visible text, at most a shop-set length. Control characters
 * (pasted from elsewhere, or sent by a broken client) are dropped; line breaks are kept.
 */
public final class CustomerText {

    private CustomerText() {}

    public enum Problem {
        empty,
        too_long
    }

    /** The text as it will be stored, or (text null) the problem that refuses it. */
    public record Checked(String text, Problem problem) {
        public boolean accepted() {
            return problem == null;
        }
    }

    public static Checked check(String raw, int maxLength) {
        if (raw == null) {
            return new Checked(null, Problem.empty);
        }
        String cleaned =
                raw.replaceAll("[\\p{Cc}&&[^\\n]]|[\\p{Cf}&&[^\\u200d]]", "").strip();
        if (cleaned.isEmpty()) {
            return new Checked(null, Problem.empty);
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            return new Checked(null, Problem.too_long);
        }
        return new Checked(cleaned, null);
    }
}
