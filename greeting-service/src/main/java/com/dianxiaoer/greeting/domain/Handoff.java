package com.dianxiaoer.greeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the customer hears around a handoff to a person: the request taken (or, outside the service hours, when people
 * are back and that a message left now will be read first), an apology for a long wait, the bot taking over again,
 * and the closing, which asks for a rating of the person's service so that people and the bot can be compared.
 */
public final class Handoff {
    public static final List<String> RATINGS = List.of("5分 很满意", "4分 满意", "3分 一般", "2分 不满意", "1分 很不满意");
    private static final Pattern SCORE = Pattern.compile("^\\s*([1-5])\\s*分");

    private Handoff() {}

    public static Reply requested(ShopProfile shop, Instant now) {
        if (shop.hours().isOpen(now)) {
            return Reply.of("好的亲，这就为您转接人工客服，请稍等片刻，同事看到后会马上回复您。" + "等待期间您发的消息都会保留，不用重复发送哦～", "human_agent");
        }
        ServiceHours hours = shop.hours();
        return Reply.of(
                "亲，人工客服的在线时间是每天" + hours.opens() + "-" + (hours.untilMidnight() ? "24:00" : hours.closes())
                        + "，现在同事们暂时不在哦。" + hours.whenBack(now) + "上班后会第一时间回复您～"
                        + "您可以把问题直接留言在这里，留言都会保留，不用重复发送，上班后同事会按顺序第一个处理您的留言。",
                "human_agent");
    }

    /** The playbook's rule when many customers wait: apologise for the wait and thank them for their patience. */
    public static Reply holding() {
        return Reply.of("非常抱歉让您久等了～现在咨询的亲比较多，同事正在按顺序回复，马上就到您，感谢您的耐心等待！", "human_agent");
    }

    public static Reply handedBack(ShopProfile shop) {
        return Reply.of("亲，接下来由智能客服" + shop.agentName() + "继续为您服务～还有什么想了解的，随时问我哦。", "human_agent");
    }

    public static Reply closed(String agentName) {
        return new Reply(
                "感谢亲的耐心沟通，本次人工服务就到这里啦～麻烦您为客服" + agentName + "的服务打个分，点下面的按钮就好，" + "您的评价对我们很重要哦！",
                "human_agent",
                RATINGS);
    }

    public static Reply thanksFor(int score) {
        return score >= 4
                ? Reply.of("收到您的好评啦，谢谢亲的支持！有需要随时来找我们，祝您生活愉快～", "goodbye_thanks")
                : Reply.of("收到您的评价，非常抱歉这次没能让您满意，我们会认真改进。还有什么需要帮忙的，随时告诉我哦～", "goodbye_thanks");
    }

    /** "5分 很满意", "3分": the rating the closing asked for. */
    public static Optional<Integer> score(String text) {
        Matcher m = SCORE.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
