package com.dianxiaoer.aftersales.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What makes a complaint serious, so that it is reported to the shop's management at once. */
public enum SeriousReason {
    /** The item hurt someone or could: injury, fire, burns, allergy, toxic material, electric shock. */
    safety(List.of(
            "受伤", "划伤", "割伤", "烫伤", "烧伤", "起火", "着火", "冒烟", "爆炸", "漏电", "触电", "过敏", "起疹", "疹子", "红疹", "皮疹", "发痒", "瘙痒",
            "红肿", "有毒", "甲醛", "中毒", "安全隐患", "不安全", "送医", "医院")),
    /** The customer complains again about something already raised. */
    repeated(List.of("又出问题", "第二次", "第三次", "再次", "又一次", "上次也", "还是没解决", "一直没解决", "说了几次", "反映过", "投诉过")),
    /** A platform dispute, the media or legal action. */
    dispute_threat(List.of(
            "投诉你们", "平台介入", "小二介入", "申请介入", "维权", "12315", "315", "消协", "消费者协会", "工商", "市场监管", "媒体", "曝光", "记者", "微博",
            "律师", "起诉", "法院", "报警", "举报")),
    /** The order is worth more than the shop's threshold. */
    high_value(List.of());

    private final List<String> words;

    SeriousReason(List<String> words) {
        this.words = words;
    }

    /** The reasons the words themselves give (high value comes from the order, not the words). */
    public static Set<SeriousReason> inWords(String text) {
        Set<SeriousReason> found = EnumSet.noneOf(SeriousReason.class);
        String t = text == null ? "" : text;
        for (SeriousReason r : values()) {
            if (r.words.stream().anyMatch(t::contains)) {
                found.add(r);
            }
        }
        return found;
    }
}
