package com.dianxiaoer.greeting.domain;

/**
 * The auto-reply to a conversation's first message. The playbook asks for a greeting, the shop's name, the
 * agent's name and number, an offer to help and a friendly face; the promotion, stock rule and couriers are
 * added when the shop has set them, because they answer the questions most shoppers ask next.
 */
public final class Welcome {

    private Welcome() {}

    public static Reply compose(ShopProfile shop) {
        StringBuilder text = new StringBuilder()
                .append("亲，您好，欢迎光临")
                .append(shop.name())
                .append("！")
                .append("我是客服")
                .append(shop.agentName())
                .append("（工号")
                .append(shop.agentNumber())
                .append("），")
                .append("很高兴为您服务，请问有什么可以帮您的呢？😊");
        if (hasText(shop.promotion())) {
            text.append("\n本店活动：").append(shop.promotion().trim());
        }
        if (hasText(shop.stockRule())) {
            text.append("\n").append(shop.stockRule().trim());
        }
        if (!shop.couriers().isEmpty()) {
            text.append("\n默认发").append(String.join("或", shop.couriers())).append("，需要指定其他快递请提前告诉我们，运费可能会有差价哦。");
        }
        text.append("\n喜欢的话欢迎收藏本店，上新和活动第一时间知道～");
        return Reply.of(text.toString(), "greeting");
    }

    /**
     * The welcome for a customer who opens with a complaint: who is answering, and nothing else. Promotions and the
     * invitation to bookmark the shop would read as not listening; the after-sales stage apologises and asks next.
     */
    public static Reply toAComplaint(ShopProfile shop) {
        return Reply.of(
                "亲，您好，我是" + shop.name() + "的客服" + shop.agentName() + "（工号" + shop.agentNumber() + "），您遇到的问题由我来跟进处理。",
                "greeting");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
