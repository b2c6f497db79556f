package com.dianxiaoer.aftersales.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions about a case's next steps ("运费谁出", "退款多久到账", "怎么寄回"), asked once it is settled or followed. They
 * are answered from the case and the shop's policy: read as a new complaint, they would open a second case and report
 * the customer to the shop's management as a repeat.
 */
final class CaseQuestions {
    private static final Pattern SHIPPING =
            Pattern.compile("(运费|邮费|快递费).{0,6}(谁|我|你们|承担|付|出|报销|包)|(谁|要我|我要|需要我).{0,4}(出|付|承担).{0,3}(运费|邮费)");
    private static final Pattern REFUND_TIME = Pattern.compile("(退款|钱|退的).{0,8}(多久|几天|什么时候|啥时候|到账|多长时间)|多久到账|几天到账");
    private static final Pattern HOW_TO_SEND = Pattern.compile("怎么(退|寄|换|操作|申请)|寄到哪|退货地址|寄回地址|地址是|流程|步骤");
    private static final Pattern RESENT = Pattern.compile("(补发|新的|换的).{0,6}(单号|发了|发出|什么时候|多久)|单号.{0,6}(发我|给我|多少)");

    private static final Pattern ASKS = Pattern.compile("怎么办|吗|么|能不能|可不可以|可以.{0,4}[吗么]|支持|几天|多少天|怎么(退|换)|退换货$");
    private static final Pattern FIT_OR_RETURN = Pattern.compile("退|换|无理由|买大|买小|不合适|不合身|不喜欢");

    private CaseQuestions() {}

    /**
     * "买大了怎么办", "支持七天无理由吗", asked with no order in view: the shop's rule, before anything is bought. A
     * case is opened only when there is something to settle.
     */
    static Optional<Reply> beforeBuying(String text, AftersalesPolicy policy, AftersalesReplies say) {
        if (!ASKS.matcher(text).find() || !FIT_OR_RETURN.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(
                Reply.of(say.text("rule.before_buying", policy.noReasonReturnDays(), policy.itemCondition())));
    }

    static Optional<Reply> answer(ComplaintCase c, String text, AftersalesPolicy policy, AftersalesReplies say) {
        if (SHIPPING.matcher(text).find()) {
            return Optional.of(Reply.of(
                    policy.shopPaysReturnShipping(c.category)
                            ? say.text("question.shipping.shop_pays")
                            : say.text("question.shipping.customer_pays", c.category.label())));
        }
        if (REFUND_TIME.matcher(text).find()) {
            return Optional.of(Reply.of(say.text("question.refund_time", policy.refundHours())));
        }
        if (RESENT.matcher(text).find()) {
            return Optional.of(Reply.of(say.text("question.resent")));
        }
        if (HOW_TO_SEND.matcher(text).find()) {
            return Optional.of(Reply.of(say.text(
                    "question.how_to_send",
                    say.text(
                            c.request == Request.EXCHANGE
                                    ? "question.how_to_send.exchange"
                                    : "question.how_to_send.return"))));
        }
        return Optional.empty();
    }
}
