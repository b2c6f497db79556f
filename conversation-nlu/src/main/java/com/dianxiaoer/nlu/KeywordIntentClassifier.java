package com.dianxiaoer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first classifier: hand-written cue phrases per intent, each match worth its length (a longer cue is
 * more specific). It stands in until the embedding classifier arrives and keeps the same contract: when the
 * best intent does not clearly beat the runner-up, it answers {@link Intent#other} with both as alternatives
 * so the front desk asks the customer instead of guessing.
 */
public final class KeywordIntentClassifier implements IntentClassifier {
    /** The runner-up must stay below this share of the best score for the best to count as clear. */
    static final double CLEAR_MARGIN = 0.75;

    private static final Set<String> ACKNOWLEDGEMENTS = Set.of(
            "好", "好的", "好滴", "好哒", "好吧", "嗯", "嗯嗯", "哦", "哦哦", "ok", "okay", "行", "可以", "知道了", "收到", "明白", "明白了");

    private static final Map<Intent, List<String>> CUES = new EnumMap<>(Map.ofEntries(
            Map.entry(Intent.greeting, List.of("在吗", "在不在", "你好", "您好", "哈喽", "hello", "hi", "有人吗", "亲在", "掌柜", "老板在")),
            Map.entry(Intent.goodbye_thanks, List.of("谢谢", "多谢", "感谢", "拜拜", "再见", "辛苦了", "thank", "thx", "bye")),
            Map.entry(Intent.stock, List.of("有货", "有没有货", "没货", "缺货", "补货", "库存", "现货", "还有吗", "断货", "到货", "卖完")),
            Map.entry(
                    Intent.size_spec,
                    List.of(
                            "多大", "尺码", "尺寸", "码数", "穿多大", "什么码", "材质", "面料", "成分", "规格", "重量", "多重", "偏大", "偏小", "身高",
                            "体重", "多长", "颜色", "什么料", "厚不厚", "容量")),
            Map.entry(
                    Intent.authenticity,
                    List.of("正品", "真的假的", "假货", "质量怎么样", "质量好吗", "质量如何", "正版", "原装", "品牌", "授权", "行货", "官方")),
            Map.entry(Intent.promotion, List.of("活动", "优惠券", "优惠", "满减", "券", "促销", "打折吗", "折扣", "赠品", "送什么", "会员价")),
            Map.entry(
                    Intent.bargain,
                    List.of(
                            "便宜", "贵", "少点", "砍价", "还价", "包邮", "降价", "最低", "抹零", "让点", "打个折", "少算", "卖不卖", "优惠点", "别家",
                            "别人家")),
            Map.entry(
                    Intent.payment, List.of("付款", "支付", "付不了", "花呗", "信用卡", "微信支付", "支付宝", "怎么付", "拍下", "货到付款", "分期")),
            Map.entry(Intent.invoice, List.of("发票", "开票", "专票", "普票", "税号")),
            Map.entry(
                    Intent.shipping_time,
                    List.of("发货", "几天到", "多久到", "什么快递", "哪个快递", "发什么快递", "多久能到", "几天能到", "当天发", "今天发")),
            Map.entry(Intent.logistics, List.of("到哪了", "物流", "快递到", "单号", "查件", "怎么还没到", "不动了", "没更新", "派送", "签收")),
            Map.entry(Intent.address_change, List.of("地址", "改地址", "收货人", "电话填错", "地址填错", "换地址")),
            Map.entry(
                    Intent.order_change,
                    List.of("取消订单", "不要了", "改颜色", "改数量", "改尺码", "换个颜色", "修改订单", "拍错了", "多拍", "少拍")),
            Map.entry(
                    Intent.return_refund, List.of("退货", "退款", "换货", "七天无理由", "7天无理由", "退钱", "退回", "能退吗", "能换吗", "退换")),
            Map.entry(
                    Intent.complaint,
                    List.of(
                            "投诉", "太差", "质量差", "色差", "发错", "破了", "坏了", "烂了", "少发", "漏发", "假的", "骗子", "差评", "态度", "垃圾",
                            "生气", "掉色", "起球", "开线")),
            Map.entry(Intent.human_agent, List.of("转人工", "人工客服", "人工", "真人", "找客服", "机器人"))));

    @Override
    public Classification classify(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<Entity> entities = EntityExtractor.extract(normalized);
        if (ACKNOWLEDGEMENTS.contains(normalized.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s~～]", ""))) {
            return new Classification(Intent.acknowledgement, 1.0, List.of(), entities);
        }
        List<Classification.Scored> ranked = score(normalized);
        if (ranked.isEmpty()) {
            return new Classification(Intent.other, 0.0, List.of(), entities);
        }
        double total = ranked.stream().mapToDouble(Classification.Scored::score).sum();
        Classification.Scored best = ranked.get(0);
        double confidence = best.score() / total;
        List<Classification.Scored> alternatives = ranked.stream()
                .map(s -> new Classification.Scored(s.intent(), s.score() / total))
                .limit(3)
                .toList();
        boolean clear = ranked.size() == 1 || ranked.get(1).score() < best.score() * CLEAR_MARGIN;
        Intent intent = clear ? best.intent() : Intent.other;
        return new Classification(
                intent, confidence, clear ? alternatives.subList(1, alternatives.size()) : alternatives, entities);
    }

    /** Each intent's share of the cue matches in a normalised message (all zero when no cue matches), by ordinal. */
    static double[] cueShares(String normalized) {
        double[] shares = new double[Intent.values().length];
        double total = 0;
        for (Classification.Scored s : score(normalized)) {
            shares[s.intent().ordinal()] = s.score();
            total += s.score();
        }
        if (total > 0) {
            for (int i = 0; i < shares.length; i++) {
                shares[i] /= total;
            }
        }
        return shares;
    }

    private static List<Classification.Scored> score(String normalized) {
        List<Classification.Scored> scores = new ArrayList<>();
        CUES.forEach((intent, cues) -> {
            double score = 0;
            for (String cue : cues) {
                if (normalized.contains(cue)) {
                    score += cue.length();
                }
            }
            if (score > 0) {
                scores.add(new Classification.Scored(intent, score));
            }
        });
        scores.sort(Comparator.comparingDouble(Classification.Scored::score).reversed());
        return scores;
    }
}
