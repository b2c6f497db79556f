package com.dianxiaoer.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds the ways shoppers type the same thing into one form before anything reads it, in this order:
 * <ol>
 *   <li>full-width letters, digits and punctuation (typed by Chinese IMEs) become half-width;</li>
 *   <li>traditional characters become simplified (這個有貨嗎 → 这个有货吗), one character at a time from a table
 *       generated from OpenCC ({@code nlu/t2s.txt}, see {@code bench/nlu/gen-t2s.py});</li>
 *   <li>emoticon codes ({@code [微笑]}, Wangwang/WeChat {@code /:^_^} {@code /::)}) and emoji go; the few that
 *       carry a message become words (👌 [OK] → 好的, 🙏 [抱拳] → 谢谢, 😡 [怒] → 生气);</li>
 *   <li>Latin letters lower-case, and the English shoppers mix in becomes Chinese (thx → 谢谢, size → 尺码);</li>
 *   <li>internet slang and common IME typos become the standard words (肿么 → 怎么, 神马 → 什么, 木有 → 没有,
 *       亲亲 → 亲, 有活吗 → 有货吗);</li>
 *   <li>runs of punctuation become one mark, a character typed three times or more is kept twice
 *       (哈哈哈哈 → 哈哈), and white space is collapsed.</li>
 * </ol>
 * Pure and thread-safe; about a microsecond per short message.
 */
public final class TextNormalizer {
    private static final int T2S_FIRST = 0x3400;
    private static final int T2S_LAST = 0xFAFF;
    private static final int[] T2S = loadT2s();

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A run of two or more punctuation marks (any mix) keeps its first mark. */
    private static final Pattern PUNCTUATION_RUN = Pattern.compile("([!?。,.~…;:、])[!?。,.~…;:、]+");
    /** The same character three or more times: keep two (哈哈哈哈 → 哈哈, 嗯嗯嗯 → 嗯嗯, 在吗在吗 is left alone). */
    private static final Pattern CHARACTER_RUN = Pattern.compile("(\\p{IsHan}|[a-z])\\1{2,}");

    /** Emoticon codes that say something; every other code is dropped. Keys are lower-case. */
    private static final Map<String, String> MEANINGFUL_CODES = Map.ofEntries(
            Map.entry("[ok]", "好的"),
            Map.entry("[好的]", "好的"),
            Map.entry("[强]", "好的"),
            Map.entry("[赞]", "好的"),
            Map.entry("[抱拳]", "谢谢"),
            Map.entry("[谢谢]", "谢谢"),
            Map.entry("[感谢]", "谢谢"),
            Map.entry("[合十]", "谢谢"),
            Map.entry("[再见]", "再见"),
            Map.entry("[拜拜]", "再见"),
            Map.entry("[怒]", "生气"),
            Map.entry("[发怒]", "生气"),
            Map.entry("[生气]", "生气"),
            Map.entry("[愤怒]", "生气"),
            Map.entry("/:bye", "再见"),
            Map.entry("/::@", "生气"),
            Map.entry("/:ok", "好的"),
            Map.entry("/:strong", "好的"));
    /** {@code [微笑]}, {@code [OK]}: a bracketed name of up to five characters; {@code /:^_^}, {@code /::)},
     * {@code /:809}, {@code /:bye}: a slash-colon code (Wangwang and WeChat faces). */
    private static final Pattern EMOTICON_CODE =
            Pattern.compile("\\[[\\p{IsHan}a-zA-Z]{1,5}]|/:(?::?[^\\s\\p{IsHan}]{1,4}|\\d{3}|[a-z]{2,6})");

    /** Emoji with a meaning of their own. */
    private static final Map<Integer, String> MEANINGFUL_EMOJI = Map.ofEntries(
            Map.entry(0x1F44C, "好的"),
            Map.entry(0x1F44D, "好的"),
            Map.entry(0x2705, "好的"),
            Map.entry(0x2714, "好的"),
            Map.entry(0x1F64F, "谢谢"),
            Map.entry(0x1F44B, "再见"),
            Map.entry(0x1F621, "生气"),
            Map.entry(0x1F620, "生气"),
            Map.entry(0x1F92C, "生气"),
            Map.entry(0x1F4A2, "生气"));

    /** Whole English words and phrases (matched on word boundaries, after lower-casing). */
    private static final Map<String, String> ENGLISH = orderedLongestFirst(Map.ofEntries(
            Map.entry("thank you", "谢谢"),
            Map.entry("thanks", "谢谢"),
            Map.entry("thank", "谢谢"),
            Map.entry("thx", "谢谢"),
            Map.entry("tks", "谢谢"),
            Map.entry("3q", "谢谢"),
            Map.entry("bye", "再见"),
            Map.entry("byebye", "再见"),
            Map.entry("hello", "你好"),
            Map.entry("hi", "你好"),
            Map.entry("hey", "你好"),
            Map.entry("size", "尺码"),
            Map.entry("color", "颜色"),
            Map.entry("colour", "颜色"),
            Map.entry("stock", "库存"),
            Map.entry("in stock", "有货"),
            Map.entry("refund", "退款"),
            Map.entry("return", "退货"),
            Map.entry("invoice", "发票"),
            Map.entry("coupon", "优惠券"),
            Map.entry("discount", "折扣"),
            Map.entry("cheap", "便宜"),
            Map.entry("cheaper", "便宜"),
            Map.entry("price", "价格"),
            Map.entry("ship", "发货"),
            Map.entry("shipping", "发货"),
            Map.entry("express", "快递"),
            Map.entry("tracking number", "快递单号"),
            Map.entry("pay", "付款"),
            Map.entry("payment", "付款"),
            Map.entry("cancel", "取消"),
            Map.entry("address", "地址"),
            Map.entry("human", "人工"),
            Map.entry("manager", "主管"),
            Map.entry("original", "正品"),
            Map.entry("fake", "假货"),
            Map.entry("please", "请"),
            Map.entry("pls", "请"),
            Map.entry("plz", "请"),
            Map.entry("sorry", "抱歉")));

    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?<![a-z0-9])("
            + ENGLISH.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![a-z])");

    /**
     * Internet slang, dialect spellings and the homophone typos pinyin IMEs produce. A typo is only listed in a
     * context where the intended word is certain (发火 stays 发火 unless it follows 时候).
     */
    private static final Map<String, String> SLANG = orderedLongestFirst(Map.ofEntries(
            Map.entry("肿么", "怎么"),
            Map.entry("神马", "什么"),
            Map.entry("木有", "没有"),
            Map.entry("有木有", "有没有"),
            Map.entry("亲亲", "亲"),
            Map.entry("酱紫", "这样子"),
            Map.entry("灰常", "非常"),
            Map.entry("童鞋", "同学"),
            Map.entry("表酱紫", "不要这样"),
            Map.entry("咋样", "怎么样"),
            Map.entry("咋回事", "怎么回事"),
            Map.entry("咋办", "怎么办"),
            Map.entry("咋整", "怎么办"),
            Map.entry("啥时候", "什么时候"),
            Map.entry("啥时", "什么时候"),
            Map.entry("几时", "什么时候"),
            Map.entry("好滴", "好的"),
            Map.entry("好哒", "好的"),
            Map.entry("好嘞", "好的"),
            Map.entry("是滴", "是的"),
            Map.entry("便宜d", "便宜点"),
            Map.entry("便宜滴", "便宜点"),
            Map.entry("包邮不", "包邮吗"),
            Map.entry("有伐", "有吗"),
            Map.entry("在么", "在吗"),
            Map.entry("在嘛", "在吗"),
            Map.entry("在码", "在吗"),
            Map.entry("有货么", "有货吗"),
            Map.entry("有活吗", "有货吗"),
            Map.entry("有活么", "有货吗"),
            Map.entry("还有活吗", "还有货吗"),
            Map.entry("时候发火", "时候发货"),
            Map.entry("多少前", "多少钱"),
            Map.entry("包油", "包邮"),
            Map.entry("快第", "快递"),
            Map.entry("快地", "快递"),
            Map.entry("物留", "物流"),
            Map.entry("尺马", "尺码"),
            Map.entry("退宽", "退款"),
            Map.entry("发漂", "发票"),
            Map.entry("优会", "优惠"),
            Map.entry("正贫", "正品"),
            Map.entry("付宽", "付款"),
            Map.entry("地止", "地址"),
            Map.entry("谢拉", "谢啦"),
            Map.entry("谢谢拉", "谢谢啦"),
            Map.entry("88", "再见"),
            Map.entry("886", "再见")));

    private static final Pattern SLANG_WORDS = Pattern.compile(SLANG.keySet().stream()
            .map(k -> k.chars().allMatch(Character::isDigit)
                    ? "(?<![0-9a-z\\p{IsHan}])" + Pattern.quote(k) + "(?![0-9a-z\\p{IsHan}])"
                    : Pattern.quote(k))
            .collect(Collectors.joining("|")));

    private TextNormalizer() {}

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x3000) {
                folded.append(' ');
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                folded.appendCodePoint(cp - 0xFEE0);
            } else if (cp == 0x3002 || cp == 0xFF61) {
                folded.append('。');
            } else if (cp == 0x2026) {
                folded.append('…');
            } else if (cp == 0x3001) {
                folded.append('、');
            } else if (isEmoji(cp)) {
                String meaning = MEANINGFUL_EMOJI.get(cp);
                folded.append(meaning == null ? " " : meaning);
            } else {
                folded.appendCodePoint(simplified(cp));
            }
        });
        String s = replaceCodes(folded.toString());
        s = s.toLowerCase(Locale.ROOT);
        s = replaceAll(ENGLISH_WORDS, s, ENGLISH);
        s = CHARACTER_RUN.matcher(s).replaceAll("$1$1");
        for (int pass = 0; pass < 3; pass++) { // overlapping entries (啥时候 + 时候发火) need a second pass
            String replaced = replaceAll(SLANG_WORDS, s, SLANG);
            if (replaced.equals(s)) {
                break;
            }
            s = replaced;
        }
        s = PUNCTUATION_RUN.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** Whether the text has a traditional character that {@link #normalize} turns into its simplified form. */
    public static boolean hasTraditional(String text) {
        return text.codePoints().anyMatch(cp -> simplified(cp) != cp);
    }

    /** The text with every punctuation mark, emoticon remainder and space removed, for "is this just 好的?" tests. */
    public static String lettersOnly(String normalized) {
        return normalized.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s~…]", "");
    }

    private static int simplified(int cp) {
        if (cp >= T2S_FIRST && cp <= T2S_LAST) {
            int mapped = T2S[cp - T2S_FIRST];
            return mapped != 0 ? mapped : cp;
        }
        return cp;
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) // faces, symbols, pictographs, flags
                || (cp >= 0x2600 && cp <= 0x27BF) // misc symbols and dingbats
                || (cp >= 0x2B00 && cp <= 0x2BFF) // arrows, stars
                || cp == 0x200D
                || cp == 0xFE0F
                || cp == 0xFE0E
                || cp == 0x20E3; // joiners, variation selectors, keycap
    }

    private static String replaceCodes(String s) {
        if (s.indexOf('[') < 0 && s.indexOf("/:") < 0) {
            return s;
        }
        Matcher m = EMOTICON_CODE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String meaning = MEANINGFUL_CODES.get(m.group().toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(meaning == null ? " " : meaning));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceAll(Pattern pattern, String s, Map<String, String> replacements) {
        Matcher m = pattern.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> orderedLongestFirst(Map<String, String> map) {
        return map.entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, String> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static int[] loadT2s() {
        int[] table = new int[T2S_LAST - T2S_FIRST + 1];
        try (InputStream in = TextNormalizer.class.getResourceAsStream("/nlu/t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("nlu/t2s.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int from = line.codePointAt(0);
                int to = line.codePointAt(Character.charCount(from));
                if (from >= T2S_FIRST && from <= T2S_LAST) {
                    table[from - T2S_FIRST] = to;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
