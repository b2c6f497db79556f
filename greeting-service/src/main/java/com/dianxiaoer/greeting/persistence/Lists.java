package com.dianxiaoer.greeting.persistence;

import java.util.Arrays;
import java.util.List;

/** Short lists (couriers, sizes, keywords) are stored comma-separated: they are read whole and never queried into. */
final class Lists {
    private Lists() {}

    static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("[,，]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String join(List<String> items) {
        return items == null
                ? ""
                : String.join(",", items.stream().map(String::trim).toList());
    }
}
