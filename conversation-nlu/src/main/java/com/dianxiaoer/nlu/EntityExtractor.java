package com.dianxiaoer.nlu;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for the entities that have a fixed written shape, run on {@link TextNormalizer normalised} text. Amounts keep
 * their kind so a downstream policy can tell a price from a discount and a ratio. The types and their values:
 * <table>
 *   <caption>entity types</caption>
 *   <tr><th>type</th><th>value</th><th>from</th></tr>
 *   <tr><td>amount</td><td>yuan, digits ("120", "99.5")</td><td>100块, ¥99, 99元, 一百二, 三百块, 80卖不卖, 别家才卖80</td></tr>
 *   <tr><td>discount</td><td>yuan off ("20")</td><td>便宜20, 少二十块, 减20</td></tr>
 *   <tr><td>ratio</td><td>the 折 figure ("8", "8.5"; 5 for 半价)</td><td>打八折, 9折, 85折, 八五折, 半价</td></tr>
 *   <tr><td>quantity</td><td>count ("2")</td><td>两件, 3个, 十双</td></tr>
 *   <tr><td>phone</td><td>11 digits</td><td>13812345678, 138-1234-5678</td></tr>
 *   <tr><td>order_number</td><td>15–20 digits, or TB and 10+</td><td>a bare long number, TB20261124001, or 订单号 followed by 10+ digits</td></tr>
 *   <tr><td>tracking_number</td><td>as written, letters upper-case</td><td>SF1234567890123, 快递单号 + 10–14 digits</td></tr>
 *   <tr><td>courier</td><td>canonical name (顺丰, 韵达, 中通, 圆通, 申通, 京东, 邮政, EMS, 极兔, 德邦, 百世)</td><td>顺丰, 圆通快递, jd, 汇通</td></tr>
 *   <tr><td>colour</td><td>the colour ending in 色 where one is named ("黑色", "藏青色", "雾霾蓝")</td><td>黑色, 藏青, 蓝的</td></tr>
 *   <tr><td>size</td><td>letter size upper-case, shoe/number size, or 均码 ("XL", "42", "均码")</td><td>xl, 2xl, m码, 42码</td></tr>
 *   <tr><td>height</td><td>centimetres ("175")</td><td>身高175, 175cm, 1米75, 175穿多大, 175 120斤</td></tr>
 *   <tr><td>weight</td><td>as given with its unit ("120斤", "65kg")</td><td>120斤, 65kg, 75公斤</td></tr>
 * </table>
 * Entities never overlap: an earlier rule in the list above wins its span (便宜20块 is a discount, not also an amount).
 * The product a message refers to is not found here: greeting-service owns the catalogue and matches it there.
 */
public final class EntityExtractor {
    private static final String CN_DIGITS = "零一二三四五六七八九";
    private static final String CN_NUMBER = "(?<![几多数零〇一二两三四五六七八九十百千万])[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*+";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|" + CN_NUMBER + ")";
    private static final String COUNT_UNITS = "件|个|双|条|套|盒|包|瓶|支|只|台|箱|份|对|顶|袋|把|张|本|副|罐|桶|斤|公斤|kg|码|号|cm|厘米|天|次|年|月|号";

    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?!\\d)");
    private static final Pattern ORDER_NUMBER = Pattern.compile(
            "(?:订单号?|订单编号)\\s*[:：]?\\s*((?:tb)?\\d{10,20})(?!\\d)|(?<![a-z\\d])((?:tb\\d{10,20})|\\d{15,20})(?!\\d)");
    private static final Pattern TRACKING_NUMBER = Pattern.compile(
            "(?<![a-z0-9])((?:sf|yt|jt|jd|zto|yd|sto|dpk)\\d{10,15})(?!\\d)|(?:快递单号|运单号|物流单号|单号)\\s*[:：]?\\s*(\\d{10,14})(?!\\d)");
    private static final Pattern DISCOUNT = Pattern.compile(
            "(?:便宜|少|减|优惠)(?:个|了)?\\s*(?!一[点些下丢])" + NUMBER + "\\s*(?:块钱|块|元)?(?!\\d|\\s*(?:" + COUNT_UNITS + "))");
    private static final Pattern HALF_PRICE = Pattern.compile("半价");
    private static final Pattern RATIO =
            Pattern.compile("(?:打)?\\s*(?<![\\d.])(\\d(?:\\.\\d)?|\\d{2}|[一二三四五六七八九]{1,2})\\s*折");
    private static final Pattern PRICE = Pattern.compile("[¥￥]\\s*(\\d+(?:\\.\\d+)?)|" + NUMBER + "\\s*(?:块钱|块|元|rmb)");
    private static final Pattern QUANTITY =
            Pattern.compile("(?<![第几多数\\d])(\\d+|[一二两三四五六七八九十百]+)\\s*(件|个|双|条|套|盒|包|瓶|支|只|台|箱|份|对|顶|袋|把|张|本|副|罐|桶)");
    private static final Pattern WEIGHT = Pattern.compile("(?<![\\d.])(\\d{2,3}(?:\\.\\d)?)\\s*(斤|公斤|kg)(?![a-z])");
    private static final Pattern HEIGHT = Pattern.compile(
            "身高\\s*(1\\d{2})(?!\\d)|(?<![\\d.])(1[4-9]\\d)\\s*(?:cm|厘米)|1米([4-9]\\d)(?!\\d)|(?<![\\d.])(1[4-9]\\d)(?=\\s*(?:穿|的话|\\d{2,3}\\s*(?:斤|公斤|kg)))");
    private static final Pattern SIZE = Pattern.compile(
            "(?<![a-z0-9])([2-6]xl|x{1,4}l|xs|s|m|l)(?![a-z])(?:\\s*码)?|(?<![\\d.])(\\d{2}(?:\\.5)?)\\s*码|均码");
    private static final Pattern CONTEXT_PRICE = Pattern.compile(
            "(?<![\\d.]|身高|高)(\\d{2,5}(?:\\.\\d+)?)(?=\\s*(?:卖|出|拿|行不行|行吗|行就|可以吗|可以不|成交|包邮|就拍|就要))|(?:卖|才|只要|价格是?|一口价)\\s*(\\d{2,5}(?:\\.\\d+)?)(?![\\d.]|\\s*(?:"
                    + COUNT_UNITS + "))");
    /** A Chinese number with a unit of hundreds or more stands for a price even without 块 (一百二卖吗). */
    private static final Pattern CN_HUNDREDS = Pattern.compile("(?<![几多数零〇一二两三四五六七八九十百千万])[一二两三四五六七八九十]"
            + "(?=[零〇一二两三四五六七八九十]*[百千万])[零〇一二两三四五六七八九十百千万]*+(?!\\s*(?:" + COUNT_UNITS + "))");

    private static final Pattern COLOUR = Pattern.compile(
            "(?:深|浅|淡|亮|暗|藏|酒|军|墨|天|宝|湖|奶|玫|西瓜|雾霾|牛仔|姜|土|卡其|咖啡|焦糖|香槟|豆沙|米|粉)?(?:黑|白|红|蓝|绿|黄|紫|粉|灰|棕|橙|金|银|青|杏|驼|咖啡|卡其|米|焦糖|香槟|豆沙|褐)色"
                    + "|藏青|藏蓝|酒红|军绿|墨绿|米白|卡其|浅蓝|深蓝|天蓝|宝蓝|湖蓝|浅灰|深灰|粉红|玫红|雾霾蓝|牛仔蓝|西瓜红|姜黄|奶白|香槟金"
                    + "|(?<![明坦空表苍网洗漂])(?:黑|白|红|蓝|绿|黄|紫|粉|灰)的");
    private static final List<Map.Entry<Pattern, String>> COURIERS = List.of(
            Map.entry(Pattern.compile("顺丰|(?<![a-z])sf(?![a-z0-9])"), "顺丰"),
            Map.entry(Pattern.compile("韵达"), "韵达"),
            Map.entry(Pattern.compile("中通"), "中通"),
            Map.entry(Pattern.compile("圆通"), "圆通"),
            Map.entry(Pattern.compile("申通"), "申通"),
            Map.entry(Pattern.compile("京东(?!上|卖|价|白条|买|自营|便宜|更)|(?<![a-z])jd(?![a-z0-9])"), "京东"),
            Map.entry(Pattern.compile("(?<![a-z])ems(?![a-z])"), "EMS"),
            Map.entry(Pattern.compile("邮政"), "邮政"),
            Map.entry(Pattern.compile("极兔"), "极兔"),
            Map.entry(Pattern.compile("德邦"), "德邦"),
            Map.entry(Pattern.compile("百世|汇通"), "百世"));

    private EntityExtractor() {}

    /** The entities in a {@link TextNormalizer#normalize normalised} message, in the order they appear. */
    public static List<Entity> extract(String normalized) {
        List<Found> found = new ArrayList<>();
        find(PHONE, normalized, m -> new Entity("phone", m.group(1) + m.group(2) + m.group(3), m.group()), found);
        find(
                TRACKING_NUMBER,
                normalized,
                m -> new Entity(
                        "tracking_number",
                        (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT),
                        m.group()),
                found);
        find(
                ORDER_NUMBER,
                normalized,
                m -> new Entity(
                        "order_number",
                        (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT),
                        m.group()),
                found);
        find(
                DISCOUNT,
                normalized,
                m -> number(m.group(1))
                        .map(v -> new Entity("discount", v, m.group().trim())),
                found);
        find(HALF_PRICE, normalized, m -> new Entity("ratio", "5", m.group()), found);
        find(
                RATIO,
                normalized,
                m -> ratio(m.group(1)).map(v -> new Entity("ratio", v, m.group().trim())),
                found);
        find(
                PRICE,
                normalized,
                m -> number(m.group(1) != null ? m.group(1) : m.group(2)).map(v -> new Entity("amount", v, m.group())),
                found);
        find(QUANTITY, normalized, m -> number(m.group(1)).map(v -> new Entity("quantity", v, m.group())), found);
        find(
                WEIGHT,
                normalized,
                m -> new Entity("weight", m.group(1) + ("斤".equals(m.group(2)) ? "斤" : "kg"), m.group()),
                found);
        find(
                HEIGHT,
                normalized,
                m -> new Entity(
                        "height",
                        firstNonNull(m, 1, 2, 4) != null ? firstNonNull(m, 1, 2, 4) : "1" + m.group(3),
                        m.group()),
                found);
        find(
                SIZE,
                normalized,
                m -> new Entity(
                        "size",
                        m.group(1) != null
                                ? m.group(1).toUpperCase(Locale.ROOT)
                                : m.group(2) != null ? m.group(2) : "均码",
                        m.group()),
                found);
        find(
                CONTEXT_PRICE,
                normalized,
                m -> new Entity(
                        "amount",
                        m.group(1) != null ? m.group(1) : m.group(2),
                        m.group(1) != null ? m.group(1) : m.group().trim()),
                found);
        find(CN_HUNDREDS, normalized, m -> number(m.group()).map(v -> new Entity("amount", v, m.group())), found);
        find(
                COLOUR,
                normalized,
                m -> new Entity(
                        "colour",
                        m.group().endsWith("的")
                                ? m.group().substring(0, m.group().length() - 1) + "色"
                                : m.group(),
                        m.group()),
                found);
        for (Map.Entry<Pattern, String> courier : COURIERS) {
            find(courier.getKey(), normalized, m -> new Entity("courier", courier.getValue(), m.group()), found);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::entity).toList();
    }

    /**
     * The value of a number written in digits or Chinese numerals: 一百二 → 120, 一百零五 → 105, 三千五 → 3500,
     * 两万 → 20000, 十五 → 15, 九十九 → 99, 120 → 120; empty when it is not one.
     */
    public static Optional<String> number(String written) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isDigit(written.charAt(0))) {
            try {
                return Optional.of(new BigDecimal(written).stripTrailingZeros().toPlainString());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        long lastUnit = 1;
        boolean zeroSinceUnit = false;
        for (char c : written.toCharArray()) {
            int d = c == '两' ? 2 : c == '〇' ? 0 : CN_DIGITS.indexOf(c);
            if (d == 0) {
                zeroSinceUnit = true;
                digit = -1;
                continue;
            }
            if (d > 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> 0;
            };
            if (unit == 0) {
                return Optional.empty();
            }
            if (unit == 10000) {
                total += (section + Math.max(digit, 0)) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? (unit == 10 ? 1 : 0) : digit) * unit;
            }
            digit = -1;
            lastUnit = unit;
            zeroSinceUnit = false;
        }
        if (digit >= 0) {
            section += lastUnit >= 100 && !zeroSinceUnit ? digit * (lastUnit / 10) : digit;
        }
        long value = total + section;
        return value > 0 ? Optional.of(Long.toString(value)) : Optional.empty();
    }

    private static Optional<String> ratio(String written) {
        String digits;
        if (Character.isDigit(written.charAt(0))) {
            digits = written;
        } else {
            StringBuilder b = new StringBuilder();
            for (char c : written.toCharArray()) {
                b.append(number(String.valueOf(c)).orElse("0"));
            }
            digits = b.toString();
        }
        if (digits.length() == 2 && !digits.contains(".")) {
            digits = digits.charAt(0) + "." + digits.charAt(1);
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.TEN) >= 0) {
            return Optional.empty();
        }
        return Optional.of(value.stripTrailingZeros().toPlainString());
    }

    private static String firstNonNull(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private record Found(int start, int end, Entity entity) {}

    private static void find(Pattern pattern, String text, Function<Matcher, Object> make, List<Found> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            Object made = make.apply(m);
            Entity e = made instanceof Optional<?> o ? (Entity) o.orElse(null) : (Entity) made;
            if (e == null || start == end) {
                continue;
            }
            int s = start;
            boolean overlaps = into.stream().anyMatch(x -> s < x.end() && x.start() < end);
            if (!overlaps) {
                into.add(new Found(s, end, e));
            }
        }
    }
}
