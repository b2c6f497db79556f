package com.dianxiaoer.negotiation.domain;

import java.util.List;

/**
 * The seven kinds of bargainer the playbook names, read from what the customer says. Each gets its own line
 * of argument; a customer whose words fit none is answered as one who finds the price simply too high.
 */
public enum BargainerType {
    promise(List.of("下次", "回头客", "介绍朋友", "带朋友", "常来", "第一次买", "以后还", "老顾客", "帮你宣传")),
    comparison(List.of("别家", "别人家", "其他店", "其它店", "拼多多", "京东", "人家才", "网上才", "实体店", "隔壁")),
    threat_lure(List.of("不便宜就不买", "不便宜我就", "我就走了", "去别家", "买十", "多买几", "批发", "买好多", "团购", "不然不买")),
    sympathy(List.of("学生", "没钱", "穷", "刚工作", "生活费", "宝妈", "工资低", "手头紧")),
    excuse(List.of("只有", "就带了", "预算", "只批", "只能出", "最多出", "只剩")),
    bargain_hunter(List.of("抹零", "零头", "送点", "送个", "意思一下", "便宜点呗", "少点呗", "再少点")),
    flat(List.of("太贵", "贵了", "有点贵", "好贵", "就是价格", "就是贵", "价格高"));

    private final List<String> cues;

    BargainerType(List<String> cues) {
        this.cues = cues;
    }

    /** The first type (in the order above: the most specific first) whose cue the text contains. */
    public static BargainerType of(String text) {
        for (BargainerType type : values()) {
            if (type.cues.stream().anyMatch(text::contains)) {
                return type;
            }
        }
        return flat;
    }
}
