package com.dianxiaoer.aftersales.domain;

import java.util.Locale;

/** What the customer asks for, when they say it: a return with refund, a refund alone, an exchange. */
public enum Request {
    RETURN,
    REFUND,
    EXCHANGE,
    NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Request detect(String text) {
        String t = text == null ? "" : text;
        if (t.contains("换货")
                || t.contains("换一")
                || t.contains("换个")
                || t.contains("换成")
                || t.contains("调换")
                || t.contains("换小")
                || t.contains("换大")
                || t.contains("换码")
                || t.contains("换尺码")) {
            return EXCHANGE;
        }
        if (t.contains("退货") || t.contains("退回") || t.contains("无理由") || t.contains("寄回")) {
            return RETURN;
        }
        if (t.contains("退款") || t.contains("退钱") || t.contains("退差价")) {
            return REFUND;
        }
        return NONE;
    }
}
