package com.dianxiaoer.greeting.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a person before a customer's words leave this service on a topic analysts read
 * (conversation.events): mobile numbers, the street part of an address (the region stays, for analysis by region),
 * a name given as the receiver's or the customer's own, and an identity card number. The transcript keeps the words
 * as typed, and the stage services get them as typed on their own topics (a new address must reach order-service).
 */
public final class PersonalData {
    /** 13812345678, 138-1234-5678, 138 1234 5678, +86 138..., 8613812345678. */
    private static final Pattern MOBILE =
            Pattern.compile("(?<![\\d-])((?:\\+?86[ -]?)?1[3-9]\\d)[ -]?\\d{4}[ -]?(\\d{4})(?![\\d-])");

    private static final Pattern ID_CARD = Pattern.compile("(身份证(?:号码?)?[:：是为]?\\s*)(\\d{6})\\d{8}(\\d{3}[\\dXx])");
    /**
     * 收件人/收货人/联系人 (not 联系人工客服) or 我叫, then a 2-4 character Chinese name; after 姓名/名字 only with 是, 为 or a
     * colon ("名字叫什么" is a question about a product).
     */
    private static final Pattern NAME = Pattern.compile("((?:(?:收件人|收货人|联系人(?!工))(?:是|为|改成|改为|换成)?[:：]?\\s*|我叫\\s*"
            + "|(?:姓名|名字)(?:是|为|改成|改为|换成|[:：])\\s*))([\\p{IsHan}])([\\p{IsHan}]{1,3})");
    /**
     * An address: an optional province, city and district, then the street part (a 路, 街, 小区, 大厦...) with its
     * numbers (号, 栋, 幢, 单元, 室...). A place named without a number ("天河路有实体店吗") is no one's address.
     */
    private static final Pattern ADDRESS =
            Pattern.compile("((?:[\\p{IsHan}]{2,7}?(?:省|自治区))?(?:[\\p{IsHan}]{2,7}?市)?(?:[\\p{IsHan}]{1,7}?(?:区|县|旗))?)"
                    + "([\\p{IsHan}A-Za-z0-9\\-#]{1,12}?(?:路|街|大道|巷|弄|村|镇|乡|小区|花园|公寓|大厦)"
                    + "[\\p{IsHan}A-Za-z\\-#]{0,20}?\\d+(?:-\\d+){0,3}\\s*(?:号楼|号|栋|幢|单元|室|层|楼)?"
                    + "(?:\\s*[\\p{IsHan}A-Za-z0-9\\-#]{0,12}?\\d+\\s*(?:号楼|号|栋|幢|单元|室|层|楼))*(?:\\d+(?![\\d-]))?)");

    private PersonalData() {}

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = MOBILE.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(1).replaceAll("[ -]", "").replaceFirst("^\\+?86", "") + "****" + m.group(2)));
        masked = ID_CARD.matcher(masked).replaceAll("$1$2********$3");
        masked = NAME.matcher(masked).replaceAll("$1$2**");
        Matcher address = ADDRESS.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (address.find()) {
            String region = address.group(1);
            address.appendReplacement(out, Matcher.quoteReplacement((region == null ? "" : region) + "****"));
        }
        address.appendTail(out);
        return out.toString();
    }
}
