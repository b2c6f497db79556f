package com.dianxiaoer.greeting.domain;

import java.util.regex.Pattern;

/**
 * Masks what identifies a person before text leaves this service on a topic analysts read. Phone numbers are the
 * personal data customers type most; addresses and names arrive through the order system, not the front desk.
 */
public final class PersonalData {
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private PersonalData() {
    }

    public static String mask(String text) {
        return text == null ? null : MOBILE.matcher(text).replaceAll("$1****$2");
    }
}
