package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Intent;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who owns each intent (docs/design.md, "Intents and their owners"): the front desk itself, a stage service, or a
 * person.
 */
public final class Routing {

    private Routing() {}

    public static Stage ownerOf(Intent intent) {
        return switch (intent) {
            case greeting, goodbye_thanks, stock, size_spec, authenticity, other, acknowledgement -> Stage.greeting;
            case promotion, bargain -> Stage.negotiation;
            case payment, invoice, shipping_time, logistics, address_change, order_change -> Stage.order;
            case return_refund, complaint -> Stage.aftersales;
            case human_agent -> Stage.human;
        };
    }

    private static final Pattern ASKS_FOR_A_PERSON = Pattern.compile("转人工|人工客服|找人工|要人工|真人|人工服务");

    /**
     * What the customer asked for in so many words: a button's phrase means its intent, and asking for a person is
     * asking for a person, whatever else the message holds and whatever a classifier reads in its context.
     */
    public static Optional<Intent> saidOutright(String text) {
        String t = text.strip();
        if (ASKS_FOR_A_PERSON.matcher(t).find()) {
            return Optional.of(Intent.human_agent);
        }
        return Arrays.stream(Intent.values())
                .filter(i -> i.isRequest() && askPhrase(i).equals(t))
                .findFirst();
    }

    /**
     * A phrase that stands for the intent on a quick-reply button; tapping it sends the phrase, which must
     * classify back to the same intent.
     */
    public static String askPhrase(Intent intent) {
        return switch (intent) {
            case greeting -> "你好";
            case goodbye_thanks -> "谢谢";
            case stock -> "有货吗";
            case size_spec -> "尺码怎么选";
            case authenticity -> "是正品吗";
            case promotion -> "有什么活动";
            case bargain -> "能便宜点吗";
            case payment -> "怎么付款";
            case invoice -> "能开发票吗";
            case shipping_time -> "什么时候发货";
            case logistics -> "物流到哪了";
            case address_change -> "改地址";
            case order_change -> "修改订单";
            case return_refund -> "退换货";
            case complaint -> "我要投诉";
            case human_agent, other, acknowledgement -> "转人工";
        };
    }
}
