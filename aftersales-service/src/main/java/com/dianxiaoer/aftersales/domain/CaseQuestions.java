package com.dianxiaoer.aftersales.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions about a case's next steps ("运费谁出", "退款多久到账", "怎么寄回"), asked once it is settled or followed. They
 * are answered from the case and the shop's policy: read as a new complaint, they would open a second case and report
 * the customer to the shop's management as a repeat.
 */
final class CaseQuestions {
    private static final Pattern SHIPPING = Pattern.compile("(运费|邮费|快递费).{0,6}(谁|我|你们|承担|付|出|报销|包)|(谁|要我|我要|需要我).{0,4}(出|付|承担).{0,3}(运费|邮费)");
    private static final Pattern REFUND_TIME = Pattern.compile("(退款|钱|退的).{0,8}(多久|几天|什么时候|啥时候|到账|多长时间)|多久到账|几天到账");
    private static final Pattern HOW_TO_SEND = Pattern.compile("怎么(退|寄|换|操作|申请)|寄到哪|退货地址|寄回地址|地址是|流程|步骤");
    private static final Pattern RESENT = Pattern.compile("(补发|新的|换的).{0,6}(单号|发了|发出|什么时候|多久)|单号.{0,6}(发我|给我|多少)");

    private static final Pattern ASKS = Pattern.compile("怎么办|吗|么|能不能|可不可以|可以.{0,4}[吗么]|支持|几天|多少天|怎么(退|换)|退换货$");
    private static final Pattern FIT_OR_RETURN = Pattern.compile("退|换|无理由|买大|买小|不合适|不合身|不喜欢");

    private CaseQuestions() {
    }

    /**
     * "买大了怎么办", "支持七天无理由吗", asked with no order in view: the shop's rule, before anything is bought. A
     * case is opened only when there is something to settle.
     */
    static Optional<Reply> beforeBuying(String text, AftersalesPolicy policy) {
        if (!ASKS.matcher(text).find() || !FIT_OR_RETURN.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(Reply.of("亲，放心拍：签收后" + policy.noReasonReturnDays() + "天内都支持无理由退换，商品需要"
                + policy.itemCondition() + "；质量问题、发错或破损的话，寄回运费由我们承担。尺码拿不准的话，告诉我身高体重，我先帮您选好～"));
    }

    static Optional<Reply> answer(ComplaintCase c, String text, AftersalesPolicy policy) {
        if (SHIPPING.matcher(text).find()) {
            return Optional.of(Reply.of(policy.shopPaysReturnShipping(c.category)
                    ? "亲，这次是我们的问题，寄回的运费由我们承担：您先垫付的话，在售后申请里备注运费金额，我们会和退款一起补给您～"
                    : "亲，" + c.category.label() + "这种情况，寄回的运费需要您这边承担，还请您多理解；快递送达时直接拒收的话，也不用另外寄回～"));
        }
        if (REFUND_TIME.matcher(text).find()) {
            return Optional.of(Reply.of("亲，我们收到寄回的商品后" + policy.refundHours() + "小时内给您原路退款；"
                    + "到账时间看支付方式，余额和花呗一般当天到，银行卡通常1到3个工作日，请您留意一下～"));
        }
        if (RESENT.matcher(text).find()) {
            return Optional.of(Reply.of("亲，新的包裹发出后，快递单号会显示在「我的订单」的售后记录里，您随时能看到物流；"
                    + "有任何延误也可以直接来问我～"));
        }
        if (HOW_TO_SEND.matcher(text).find()) {
            return Optional.of(Reply.of("亲，在「我的订单」里点「申请售后」，选好" + (c.request == Request.EXCHANGE ? "「换货」" : "「退货退款」")
                    + "提交，审核通过后页面上会显示寄回地址和收件人；寄出后把快递单号填到申请里，我们收到就马上处理～"));
        }
        return Optional.empty();
    }
}
