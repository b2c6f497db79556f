package com.dianxiaoer.aftersales.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer message as after-sales reads it: the words, the front desk's intent, an order number it found, the
 * product the conversation is about, when it arrived, and what the front desk's model read it to be about
 * ({@code modelCategory}, null when it read nothing).
 */
public record CustomerMessage(
        String text, String intent, String orderNumber, String productId, Instant at, Category modelCategory) {

    public CustomerMessage(String text, String intent, String orderNumber, String productId, Instant at) {
        this(text, intent, orderNumber, productId, at, null);
    }

    /**
     * What the message is about: the words' own category, else the model's reading. The rules go first because they
     * are right when they fire; behind them the model reads the category a case keeps right more often than the rules
     * alone (bench/aftersales/categories.sh, on real after-sales turns).
     */
    public Category category() {
        Category said = Category.detect(text);
        return said == Category.other && modelCategory != null ? modelCategory : said;
    }

    private static final Pattern DENIAL = Pattern.compile("^\\s*(不是|不对|理解错|搞错|弄错|你理解的不对)");

    /** "不是" / "不对": the customer says what was read back to them is wrong. */
    public boolean denial() {
        return DENIAL.matcher(text).find();
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s，。！？,]+");
    private static final Pattern SCORE = Pattern.compile("^\\s*([1-5])\\s*(分|星)?");
    private static final Pattern NO_PHOTO = Pattern.compile("(没有|没法|没|拍不了|发不了|不方便)(拍)?(照片|图|图片)|(照片|图片)(发不了|拍不了|没有)");

    public Optional<String> photoLink() {
        Matcher m = LINK.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The customer says no photo can be had: the case goes on without one. */
    public boolean noPhoto() {
        return NO_PHOTO.matcher(text).find();
    }

    public boolean thanks() {
        return "goodbye_thanks".equals(intent) || text.contains("谢");
    }

    public boolean acknowledgement() {
        return "acknowledgement".equals(intent) || "goodbye_thanks".equals(intent);
    }

    /** Whether the words ask after-sales for something (as opposed to "好的", "谢谢"). */
    public boolean complaint() {
        return "complaint".equals(intent) || "return_refund".equals(intent) || Category.detect(text) != Category.other;
    }

    /** A satisfaction score, 1-5: a tapped button ("5分 非常满意"), a digit, or the words. */
    public Optional<Integer> score() {
        Matcher m = SCORE.matcher(text);
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        String t = text.strip();
        if (t.contains("非常不满意") || t.contains("很不满意")) {
            return Optional.of(1);
        }
        if (t.contains("不满意")) {
            return Optional.of(2);
        }
        if (t.contains("非常满意") || t.contains("很满意")) {
            return Optional.of(5);
        }
        if (t.contains("满意")) {
            return Optional.of(4);
        }
        if (t.equals("一般") || t.equals("还行")) {
            return Optional.of(3);
        }
        return Optional.empty();
    }
}
