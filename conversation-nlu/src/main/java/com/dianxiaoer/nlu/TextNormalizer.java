package com.dianxiaoer.nlu;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds the ways shoppers type the same thing into one form before anything reads it: full-width letters
 * and digits (typed by Chinese IMEs) become half-width, Latin letters lower-case, runs of punctuation one mark.
 */
public final class TextNormalizer {
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("([!?！？。，,.~～])\\1+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x3000) {
                folded.append(' ');
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                folded.appendCodePoint(cp - 0xFEE0);
            } else {
                folded.appendCodePoint(cp);
            }
        });
        String lower = folded.toString().toLowerCase(Locale.ROOT);
        return SPACES.matcher(REPEATED_PUNCTUATION.matcher(lower).replaceAll("$1")).replaceAll(" ").trim();
    }
}
