package com.dianxiaoer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for the entities that have a fixed written shape. Amounts keep their unit so a downstream policy can
 * tell "100块" (a price) from "便宜20" (a discount) and "打八折" (a ratio).
 */
public final class EntityExtractor {
    private static final Pattern DISCOUNT = Pattern.compile("(?:便宜|少)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:块|元)?");
    private static final Pattern PRICE = Pattern.compile("(?:[¥￥]\\s*(\\d+(?:\\.\\d+)?))|(\\d+(?:\\.\\d+)?)\\s*(?:块钱|块|元)");
    private static final Pattern RATIO = Pattern.compile("(?:打)?([1-9一二三四五六七八九])\\s*折");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?<!\\d)\\d{15,20}(?!\\d)");
    private static final Pattern QUANTITY = Pattern.compile("(\\d+|[两一二三四五六七八九十])\\s*(件|个|双|条|套|盒)");
    private static final Map<Character, String> DIGITS = Map.of('一', "1", '二', "2", '两', "2", '三', "3", '四', "4",
            '五', "5", '六', "6", '七', "7", '八', "8", '九', "9");
    private static final List<String> COURIERS = List.of("顺丰", "韵达", "中通", "圆通", "申通", "京东", "邮政", "ems", "极兔");

    private EntityExtractor() {
    }

    public static List<Entity> extract(String normalized) {
        List<Entity> found = new ArrayList<>();
        find(DISCOUNT, normalized, m -> new Entity("discount", m.group(1), m.group()), found);
        find(PRICE, normalized, m -> new Entity("amount", m.group(1) != null ? m.group(1) : m.group(2), m.group()), found);
        find(RATIO, normalized, m -> new Entity("ratio", digit(m.group(1)), m.group()), found);
        find(PHONE, normalized, m -> new Entity("phone", m.group(), m.group()), found);
        find(ORDER_NUMBER, normalized, m -> new Entity("order_number", m.group(), m.group()), found);
        find(QUANTITY, normalized, m -> new Entity("quantity", digit(m.group(1)), m.group()), found);
        for (String courier : COURIERS) {
            if (normalized.contains(courier)) {
                found.add(new Entity("courier", courier, courier));
            }
        }
        return found;
    }

    private static String digit(String s) {
        return s.length() == 1 && DIGITS.containsKey(s.charAt(0)) ? DIGITS.get(s.charAt(0)) : s.equals("十") ? "10" : s;
    }

    private static void find(Pattern pattern, String text, java.util.function.Function<Matcher, Entity> make, List<Entity> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Entity e = make.apply(m);
            boolean overlaps = into.stream().anyMatch(x -> x.text().contains(e.text()) || e.text().contains(x.text()));
            if (!overlaps) {
                into.add(e);
            }
        }
    }
}
