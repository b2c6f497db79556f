package com.dianxiaoer.nlu;

import java.util.List;

/**
 * Short acknowledgements ("好的", "嗯嗯", "ok", "那好吧", "好的好的", 👌 once normalised): a message made only of these
 * words, with at least one of the core ones, carries no request of its own and belongs to whichever stage owns the
 * conversation. "好的谢谢" and "好的拜拜" are not acknowledgements (thanks and goodbye are their own intent).
 */
public final class Acknowledgements {
    /** Longest first, so that 好的 is read before 好. */
    private static final List<String> CORE = List.of(
            "没问题", "知道了", "明白了", "okay", "好的", "好吧", "好呀", "好啊", "可以", "行吧", "明白", "了解", "懂了", "收到", "嗯呢", "okk", "ok",
            "en", "嗯", "哦", "噢", "喔", "好", "行", "中", "是", "对");

    private static final List<String> FILLERS = List.of(
            "等你们消息", "等你消息", "等消息", "麻烦了", "辛苦了", "尽快", "麻烦", "辛苦", "那就", "那", "的", "呢", "哈", "啦", "呀", "啊", "亲", "了",
            "吧", "滴", "嘞", "哒");

    private Acknowledgements() {}

    /** Whether a message as the customer typed it is nothing but an acknowledgement. */
    public static boolean only(String text) {
        return is(TextNormalizer.lettersOnly(TextNormalizer.normalize(text)));
    }

    /** Whether a message, given as {@link TextNormalizer#lettersOnly letters only}, is nothing but an acknowledgement. */
    static boolean is(String letters) {
        if (letters.isEmpty() || letters.length() > 8) {
            return false;
        }
        boolean core = false;
        int i = 0;
        outer:
        while (i < letters.length()) {
            for (String w : CORE) {
                if (letters.startsWith(w, i)) {
                    i += w.length();
                    core = true;
                    continue outer;
                }
            }
            for (String w : FILLERS) {
                if (letters.startsWith(w, i)) {
                    i += w.length();
                    continue outer;
                }
            }
            return false;
        }
        return core;
    }
}
