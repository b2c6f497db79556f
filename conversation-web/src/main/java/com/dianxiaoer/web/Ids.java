package com.dianxiaoer.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The shape of the ids shops and products get in every service's admin API: 1-64 lower-case letters, digits, '-' or '_'. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The shop id itself, or a 400 {@code invalid_id}. */
    public static String requireShopId(String shopId) {
        if (!valid(shopId)) {
            throw ApiException.badRequest("invalid_id", "shop ids are 1-64 lower-case letters, digits, '-' or '_'");
        }
        return shopId;
    }

    /** A UUID as a client or another service wrote it; empty for anything that is not one (which then names nothing of ours). */
    public static Optional<UUID> uuid(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
