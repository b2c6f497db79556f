package com.dianxiaoer.greeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The playbook's tone rules as a check any reply can be held to: never a bare "在", a polite form of address,
 * no negative word without an apology or an explanation beside it, and never a promised delivery date.
 */
public final class Tone {
    private static final Pattern BARE_HERE = Pattern.compile("^[在嗯][的呢呀啊]?$");
    private static final Pattern POLITE = Pattern.compile("亲|您|请");
    private static final Pattern NEGATIVE = Pattern.compile("不能|没有|不可以|不行|不支持");
    private static final Pattern EXPLAINED = Pattern.compile("抱歉|不好意思|因为|由于|建议|可以|还请");
    private static final Pattern PROMISED_DATE =
            Pattern.compile("保证.{0,6}(到|送达)|一定.{0,6}(到|送达)|(今天|明天|后天)(就)?(能)?(到|送达)");

    private Tone() {}

    /** The rules a reply breaks; empty when it is fit to send. */
    public static List<String> violations(String reply) {
        List<String> broken = new ArrayList<>();
        String bare = reply == null ? "" : reply.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s~～]", "");
        if (bare.isEmpty()) {
            broken.add("empty reply");
            return broken;
        }
        if (BARE_HERE.matcher(bare).matches()) {
            broken.add("bare 在");
        }
        if (!POLITE.matcher(reply).find()) {
            broken.add("no polite form (亲/您/请)");
        }
        if (NEGATIVE.matcher(reply).find() && !EXPLAINED.matcher(reply).find()) {
            broken.add("negative without apology or explanation");
        }
        if (PROMISED_DATE.matcher(reply).find()) {
            broken.add("promised delivery date");
        }
        return broken;
    }
}
