package com.dianxiaoer.order.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who receives the parcel, and where. Personal data: shown to the customer only masked, never logged or published. */
public record Receiver(String name, String phone, String address) {
    private static final Pattern UP_TO_DISTRICT = Pattern.compile("^(.{2,15}?(?:区|县|旗))");
    private static final Pattern UP_TO_CITY = Pattern.compile("^(.{2,12}?市)");

    public String maskedName() {
        return name == null || name.isEmpty() ? "" : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    public String maskedPhone() {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** The region the customer recognises (province, city, district); the street and number hidden. */
    public String maskedAddress() {
        return region(address) + "****";
    }

    public static String region(String address) {
        if (address == null) {
            return "";
        }
        for (Pattern level : new Pattern[] {UP_TO_DISTRICT, UP_TO_CITY}) {
            Matcher m = level.matcher(address);
            if (m.find() && m.group(1).length() < address.length()) {
                return m.group(1);
            }
        }
        return address.substring(0, Math.min(6, address.length()));
    }

    /** The receiver the customer is asked to confirm, in one line. */
    public String masked() {
        return maskedName() + "，" + maskedPhone() + "，" + maskedAddress();
    }
}
