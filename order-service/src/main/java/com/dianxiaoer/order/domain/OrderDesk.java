package com.dianxiaoer.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers payment, shipping, logistics, invoice, address and order-change questions the way the playbook's agent
 * does (PLAYBOOK.md §5): from the customer's own order and the shop's rules, with estimates rather than promised
 * dates, an apology first when the shop is late, and every change checked against where the order stands.
 */
public final class OrderDesk {
    private static final Pattern NEW_ADDRESS = Pattern.compile("(?:改成|改为|换成|改到|寄到|新地址(?:是|为)?)[:：]?\\s*(.+)");
    private static final Pattern LOOKS_LIKE_ADDRESS = Pattern.compile("[省市区县镇路街道巷弄号栋室]");
    private static final Pattern CONFIRMS = Pattern.compile("没问题|确认|对的|正确|是的|没错|可以");
    private static final Pattern CANCEL = Pattern.compile("取消|不要了|不想要了|不买了");
    private static final Set<String> CHECK_ANSWERS = Set.of("other", "acknowledgement", "address_change");
    /** The requests the order desk answers. */
    public static final Set<String> OWNS =
            Set.of("payment", "invoice", "shipping_time", "logistics", "address_change", "order_change");

    private static final Set<String> ALSO_ASKED = Set.of("shipping_time", "logistics", "invoice", "payment");
    private static final Pattern OTHER_WAY_TO_PAY = Pattern.compile("换(种|个|一种)方式|其他(付款|支付)?方式|别的(付款|支付)?方式|还能用什么");
    private static final Pattern PAYMENT_WORDS = Pattern.compile("付款|支付|付钱|付不了");
    private static final Pattern ADDRESS_WORDS = Pattern.compile("地址|收件|收货人|电话|手机|寄到|送到|改到|确认|没问题|[省市]");
    private static final Pattern PARCEL_WORDS = Pattern.compile("物流|快递|单号|到哪|还没到|没收到|催|派送");
    private static final Pattern SHIPPING_WORDS = Pattern.compile("发货|发出|发了|几天到|什么时候发|能发");
    private static final Pattern NEW_RECEIVER =
            Pattern.compile("(?:收件人|收货人)(?:改成|改为|换成|是|写)?[:：]?\\s*([\\p{IsHan}]{2,4})");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9})(?!\\d)");
    private static final Pattern COURIER_HELP = Pattern.compile("联系(一?下)?快递|找快递|催(一?下|催)|快递柜|驿站|丰巢|放(在)?门卫|加急");
    private static final Pattern WAITED = Pattern.compile("还没到|还没收到|好几天|都.{0,3}天了|怎么这么慢|太慢|还不发|还没发|不发货|催");
    private static final Pattern MY_ORDER = Pattern.compile("我的订单|我买的|我的包裹|我的快递|我拍的");
    private static final Pattern INVOICE_DETAILS = Pattern.compile("(抬头|税号)[:：是写为]*\\s*[^\\s，,。]{2,}.*");
    /** The couriers' public service numbers, for a customer who wants the parcel handled differently. */
    private static final Map<String, String> COURIER_HOTLINES = Map.of(
            "韵达", "95546", "顺丰", "95338", "中通", "95311", "圆通", "95554", "申通", "95543", "邮政", "11183", "京东", "950616");

    private static final Pattern SIZE_OR_COLOUR = Pattern.compile("颜色|色|码|尺码|尺寸|规格|款式");

    private final OrderRules rules;

    public OrderDesk(OrderRules rules) {
        this.rules = rules;
    }

    /** The proactive message after payment: the customer checks where the parcel goes before it leaves. */
    public static String confirmAddress(Order order) {
        return "亲，您的订单已付款成功，感谢支持！发货前麻烦核对一下收货信息：" + order.receiver().masked() + "。没问题回复“确认”；要改的话，直接把新的地址发给我就好～";
    }

    public static final List<String> CONFIRM_BUTTONS = List.of("确认，地址没问题", "我要改地址");

    /**
     * @param order the order the message is about, if the conversation has one
     * @param agreedPrice the unit price agreed while bargaining, if any (for "拍下改价")
     */
    public Answer answer(
            String intent, String text, Optional<Order> order, Optional<BigDecimal> agreedPrice, Instant now) {
        return answer(intent, text, order, agreedPrice, now, Optional.empty());
    }

    /** @param asked what the desk asked this customer last: the message is read as the answer to it first */
    public Answer answer(
            String intent,
            String text,
            Optional<Order> order,
            Optional<BigDecimal> agreedPrice,
            Instant now,
            Optional<Question> asked) {
        return respond(onItsWords(intent, text), text, order, agreedPrice, now, asked);
    }

    /**
     * An address change names an address, a receiver or a change: "发货了没" or "快递单号发我下", read as one beside the
     * address check, ask about shipping or the parcel.
     */
    public static String onItsWords(String intent, String text) {
        if (!"address_change".equals(intent) || ADDRESS_WORDS.matcher(text).find() || isBareAddress(text)) {
            return intent;
        }
        if (SIZE_OR_COLOUR.matcher(text).find()) {
            return "order_change"; // "尺码拍错了 改成L码"
        }
        return PARCEL_WORDS.matcher(text).find()
                ? "logistics"
                : SHIPPING_WORDS.matcher(text).find() ? "shipping_time" : intent;
    }

    private Answer respond(
            String intent,
            String text,
            Optional<Order> order,
            Optional<BigDecimal> agreedPrice,
            Instant now,
            Optional<Question> asked) {
        // The address check stays open for as long as the order waits for it, whatever was asked in between.
        Optional<Question> open =
                asked.or(() -> order.filter(o -> o.status() == OrderStatus.paid && !o.addressConfirmed())
                        .map(o -> Question.of(Question.Kind.address_check)));
        Optional<Answer> toTheQuestion = open.flatMap(q -> answerTo(q, intent, text, order, agreedPrice, now));
        if (toTheQuestion.isPresent()) {
            // "确认 什么时候发货": the answer to the check, then the question asked beside it.
            return ALSO_ASKED.contains(intent) && order.isPresent()
                    ? toTheQuestion
                            .get()
                            .then(answer(
                                    intent,
                                    text,
                                    order.map(o -> o.withAddressConfirmed()),
                                    agreedPrice,
                                    now,
                                    Optional.empty()))
                    : toTheQuestion.get();
        }
        if (order.isPresent()
                && order.get().addressConfirmed()
                && order.get().status().beforeShipment()
                && CHECK_ANSWERS.contains(intent)
                && confirms(intent, text)
                && !text.contains("改")) {
            return Answer.say("好的亲，收货信息之前已经确认过了：" + order.get().receiver().masked() + "，我们会按这个地址发货～" + "还有其他需要随时告诉我。");
        }
        if (COURIER_HELP.matcher(text).find()
                && order.isPresent()
                && order.get().status() == OrderStatus.shipped) {
            return courierHelp(order.get());
        }
        return switch (intent) {
            case "payment" -> payment(text, order, agreedPrice);
            case "shipping_time" ->
                order.isEmpty() && MY_ORDER.matcher(text).find()
                        ? askOrderNumber("亲，麻烦把订单号发给我，我帮您看一下发货进度～", "shipping_time")
                        : shippingTime(text, order, now);
            case "logistics" -> logistics(text, order, now);
            case "invoice" -> invoice(text, order);
            case "address_change" -> addressChange(text, order);
            case "order_change" -> orderChange(text, order);
            case "acknowledgement" -> acknowledgement(text, order);
            default ->
                PAYMENT_WORDS.matcher(text).find()
                        ? payment(text, order, agreedPrice)
                        : Answer.say("亲，订单的事情我都可以帮您查：付款、发货时间、物流、发票、改地址，您想了解哪一项呢？", "什么时候发货", "查物流", "改地址");
        };
    }

    private Optional<Answer> answerTo(
            Question asked,
            String intent,
            String text,
            Optional<Order> order,
            Optional<BigDecimal> agreedPrice,
            Instant now) {
        return switch (asked.kind()) {
            case address_check ->
                order.filter(o -> o.status() == OrderStatus.paid && !o.addressConfirmed())
                        .flatMap(o -> {
                            if (newAddress(text).isPresent() || isBareAddress(text)) {
                                return Optional.of(addressChange(text, order));
                            }
                            if (confirms(intent, text) && !text.contains("改")) {
                                return Optional.of(addressConfirmed());
                            }
                            return Optional.empty();
                        });
            case new_address ->
                order.filter(o -> o.status().beforeShipment() && isBareAddress(text))
                        .map(o -> addressChange(text, order));
            case order_number ->
                order.filter(o -> text.contains(o.orderId()) && !"other".equals(asked.forIntent()))
                        .map(o -> answer(asked.forIntent(), text, order, agreedPrice, now, Optional.empty()));
        };
    }

    private static Answer addressConfirmed() {
        return Answer.say("好的亲，收货信息已确认，我们会按这个地址尽快发出～").doing(new Answer.Action.ConfirmAddress());
    }

    private static boolean confirms(String intent, String text) {
        return "acknowledgement".equals(intent) || CONFIRMS.matcher(text).find();
    }

    /** "江苏省南京市鼓楼区中山路1号" on its own, sent because a new address was asked for. */
    private static boolean isBareAddress(String text) {
        String t = text.strip();
        return t.length() >= 8 && LOOKS_LIKE_ADDRESS.matcher(t).results().count() >= 2 && !t.matches(".*[吗呢？?].*");
    }

    /**
     * An order number that is not an order of this customer's, or no order at all (the two look the same, so trying
     * numbers tells a stranger nothing): check the number, or come from the account that placed it, or ask a person.
     */
    public static Answer notAnOrderOfTheirs() {
        return Answer.say(
                "亲，这个订单号我这边暂时查看不到哦～如果是号码输错了，麻烦核对后再发我一次；"
                        + "为了保护买家的信息，订单需要由下单的账号来咨询：请您登录下单的账号，从「我的订单」点「联系客服」进来，我就能直接帮您查啦。"
                        + "也可以点「转人工」，同事核实身份后为您处理。",
                "转人工");
    }

    private static Answer askOrderNumber(String text, String intent) {
        return Answer.say(text).asking(new Question(Question.Kind.order_number, intent));
    }

    private Answer invoice(String text, Optional<Order> order) {
        Matcher details = INVOICE_DETAILS.matcher(text);
        if (!details.find()) {
            return Answer.say("亲，" + rules.invoicePolicy() + "。有需要的话把抬头和税号发给我，我帮您备注～");
        }
        if (order.isEmpty()) {
            return askOrderNumber("亲，发票信息收到了，麻烦再把订单号发给我，我把抬头和税号备注到订单上～", "invoice");
        }
        return Answer.say("好的亲，发票信息已经备注到订单" + order.get().orderId() + "上了："
                        + details.group().strip() + "。" + rules.invoicePolicy() + "～")
                .doing(new Answer.Action.AddRemark("发票：" + text.strip()));
    }

    /**
     * The parcel is the courier's now: the shop cannot redirect it or hand it to a locker, the courier can, at once,
     * with the waybill number. A person of the shop takes it on if the customer prefers.
     */
    private static Answer courierHelp(Order o) {
        String hotline = COURIER_HOTLINES.getOrDefault(o.courier(), "");
        return Answer.say(
                "亲，包裹现在在" + o.courier() + "手上（运单号" + o.waybillNumber() + "），改派、放快递柜或驿站、加急派送，"
                        + "都是快递那边直接操作最快：您打" + o.courier() + "客服" + (hotline.isEmpty() ? "" : "电话" + hotline)
                        + "，报运单号说明要求就可以。想让我们的同事帮您联系的话，点「转人工」，同事会接着跟进～",
                "转人工");
    }

    private Answer payment(String text, Optional<Order> order, Optional<BigDecimal> agreedPrice) {
        if (order.isPresent() && order.get().status() != OrderStatus.created) {
            return Answer.say("亲，您的订单已经付款成功了，不用再付一次哦～有别的问题随时找我。");
        }
        if (agreedPrice.isPresent() && text.matches(".*(改价|改一下价|改个价|价格不对|没改|拍下).*")) {
            return Answer.say("亲，您先拍下不要付款，我这边马上按咱们说好的¥"
                    + agreedPrice.get().stripTrailingZeros().toPlainString() + "给您改价，改好了您刷新一下订单再付款就可以～");
        }
        if (text.matches(".*(付不了|失败|付不出|支付不了|付款不了|不成功|提示错误|报错).*")) {
            return Answer.say(
                    "亲，别着急，付款不成功一般是这几个原因：银行卡余额或单日限额不够、支付软件版本太旧、网络不稳定。" + "可以换一张卡或换成余额/花呗再试一次；还是不行的话把页面的提示截图发我，我帮您一起看。",
                    "换种方式付款",
                    "转人工");
        }
        if (OTHER_WAY_TO_PAY.matcher(text).find()) {
            return Answer.say(
                    "亲，付款页面可以换成这几种方式：账户余额、其他银行卡（储蓄卡或信用卡）、花呗，也可以让亲友代付；" + "换一种试试一般就能付成功，还是不行的话把提示截图发给我～", "转人工");
        }
        if (text.matches(".*(花呗|信用卡|分期|白条).*")) {
            return Answer.say("亲，花呗和信用卡都可以用的，在付款页面选择对应的方式就行；分期的话以付款页面显示的期数为准哦～");
        }
        if (text.matches(".*(券|优惠|满减|没减|没优惠).*")) {
            return Answer.say("亲，店铺优惠会在结算页自动抵扣，优惠券需要先领取再下单；如果结算页金额和您看到的活动对不上，先别付款，" + "告诉我商品和数量，我帮您核对～");
        }
        return Answer.say("亲，拍下后在订单页点“付款”就可以，支持余额、银行卡、花呗和信用卡。付款时遇到任何提示都可以发给我～");
    }

    private Answer shippingTime(String text, Optional<Order> order, Instant now) {
        String rule = "每天" + time(rules.cutoff()) + "前付款的订单当天发出，之后付款的第二个工作日发出";
        if (order.isEmpty() || order.get().status() == OrderStatus.created) {
            Optional<String> asked =
                    rules.couriers().stream().filter(text::contains).findFirst();
            String courier = asked.map(c -> "可以发" + c + "的，下单时备注「发" + c + "」就行（默认发"
                            + rules.couriers().get(0) + "，指定快递运费可能有差价，以结算页为准）")
                    .orElse("默认发" + rules.couriers().get(0));
            return Answer.say("亲，" + rule + "，" + courier + "，一般发出后" + rules.usualDeliveryDays() + "天左右送到（以快递实际配送为准）～");
        }
        Order o = order.get();
        return switch (o.status()) {
            case paid ->
                Answer.say("亲，您的订单已付款，预计" + Dispatch.dayName(Dispatch.shipsOn(o.paidAt(), rules), now, rules) + "发出（"
                        + rule + "）。发出后一般" + rules.usualDeliveryDays() + "天左右送到，具体以快递为准，发货后我这边能看到物流～");
            case shipped ->
                Answer.say(
                        "亲，您的订单已经发出了，" + o.courier() + "运单号" + o.waybillNumber() + "，一般" + rules.usualDeliveryDays()
                                + "天左右送到，以快递实际配送为准～",
                        "查物流");
            case delivered -> Answer.say("亲，您的订单显示已经签收了哦，收到的宝贝有任何问题随时告诉我～");
            default -> Answer.say("亲，这个订单已经取消了，不会再发货；还需要的话重新拍下就可以～");
        };
    }

    private Answer logistics(String text, Optional<Order> order, Instant now) {
        if (order.isEmpty()) {
            return askOrderNumber(
                    (WAITED.matcher(text).find() ? "亲，让您久等了，真的很抱歉！" : "亲，") + "麻烦把订单号发给我，我帮您查一下物流～", "logistics");
        }
        Order o = order.get();
        if (o.status().beforeShipment()) {
            return o.status() == OrderStatus.paid
                    ? Answer.say((WAITED.matcher(text).find() ? "亲，让您久等了，真抱歉！" : "亲，") + "您的订单还在仓库打包，预计"
                            + Dispatch.dayName(Dispatch.shipsOn(o.paidAt(), rules), now, rules) + "发出，发出后就能看到物流信息了～")
                    : Answer.say("亲，这个订单还没有付款，所以还没有物流信息；付款后我们会尽快安排发货，发出后就能查到物流了～");
        }
        if (o.status() == OrderStatus.cancelled) {
            return Answer.say("亲，这个订单已经取消了，没有物流信息哦～");
        }
        String latest = o.latestScan()
                .map(t -> "最新的物流：" + t.status() + (t.place() == null ? "" : "（" + t.place() + "）"))
                .orElse("快递刚揽收，物流信息稍后更新");
        if (o.status() == OrderStatus.delivered) {
            return Answer.say("亲，" + latest + "，显示已签收。如果您没收到，麻烦先问问家人、门卫或快递柜；还是找不到的话，" + "点「转人工」，同事会联系快递帮您核实～", "转人工");
        }
        if (Dispatch.isLate(o, rules, now)) {
            return Answer.say(
                            "亲，真的很抱歉让您久等了！" + o.courier() + "运单号" + o.waybillNumber() + "，" + latest
                                    + "。这已经超出平时的送达时间，我已经把催件交给店里负责物流的同事，他们会联系快递跟进；"
                                    + "您随时来问，我都能帮您看最新的物流～",
                            "帮我催一下",
                            "转人工")
                    .doing(new Answer.Action.ShopTask(
                            "chase_courier", "later than the usual " + rules.usualDeliveryDays() + " days"));
        }
        return Answer.say("亲，您的包裹在路上了：" + o.courier() + "运单号" + o.waybillNumber() + "，" + latest + "。一般"
                + rules.usualDeliveryDays() + "天左右送到，以快递实际配送为准～");
    }

    private Answer addressChange(String text, Optional<Order> order) {
        if (order.isEmpty()) {
            return askOrderNumber("亲，麻烦把订单号发给我，我看一下订单状态再帮您改地址～", "address_change");
        }
        Order o = order.get();
        if (!o.addressConfirmed()
                && o.status() == OrderStatus.paid
                && CONFIRMS.matcher(text).find()
                && !text.contains("改")) {
            return addressConfirmed();
        }
        if (!o.status().beforeShipment()) {
            if (o.status() == OrderStatus.shipped) {
                return Answer.say(
                                "亲，包裹已经交给" + o.courier() + "了（运单号" + o.waybillNumber() + "），仓库这边改不了地址。"
                                        + "我已经把改派的请求交给店里负责物流的同事，他们会联系快递；您也可以直接打" + o.courier()
                                        + "客服，报运单号申请转寄，这样最快，转寄可能会多一两天，还请您理解～",
                                "帮我联系快递")
                        .doing(new Answer.Action.ShopTask(
                                "redirect_parcel", "the customer asks for another address after shipment"));
            }
            return Answer.say("亲，这个订单" + (o.status() == OrderStatus.delivered ? "已经签收" : "已经取消")
                    + "了，地址改不了哦；有需要的话告诉我，我帮您看看怎么处理～");
        }
        Optional<String> address =
                newAddress(text).or(() -> isBareAddress(text) ? Optional.of(text.strip()) : Optional.empty());
        Matcher name = NEW_RECEIVER.matcher(text);
        Matcher phone = MOBILE.matcher(text);
        boolean newName = name.find();
        boolean newPhone = phone.find();
        if (address.isEmpty() && (newName || newPhone)) {
            Receiver changed = new Receiver(
                    newName ? name.group(1) : o.receiver().name(),
                    newPhone ? phone.group(1) : o.receiver().phone(),
                    o.receiver().address());
            return Answer.say("好的亲，收件信息已经改成：" + changed.maskedName() + "，" + changed.maskedPhone() + "，地址还是"
                            + changed.maskedAddress() + "，我们按这个发货～")
                    .doing(new Answer.Action.ChangeAddress(changed));
        }
        if (address.isEmpty()) {
            return Answer.say("亲，可以改的，订单还没发出。麻烦把新的收货地址（省市区和详细地址）发给我，收件人或电话也要改的话一起发过来～")
                    .asking(Question.of(Question.Kind.new_address));
        }
        Receiver changed = new Receiver(o.receiver().name(), o.receiver().phone(), address.get());
        return Answer.say("好的亲，已经帮您把收货地址改成：" + changed.maskedAddress() + "（" + changed.maskedName() + "，"
                        + changed.maskedPhone() + "），我们按新地址发货～")
                .doing(new Answer.Action.ChangeAddress(changed));
    }

    private Answer orderChange(String text, Optional<Order> order) {
        if (order.isEmpty()) {
            return askOrderNumber("亲，麻烦把订单号发给我，我看一下订单现在的状态～", "order_change");
        }
        Order o = order.get();
        if (CANCEL.matcher(text).find()) {
            return switch (o.status()) {
                case created -> Answer.say("亲，订单还没付款的话，在订单页点“取消订单”就可以，或者不付款，超时后也会自动关闭～");
                case paid -> Answer.say("亲，订单还没发出，在订单页申请退款就可以，我这边会拦下不发货，退款原路返回～");
                case shipped -> Answer.say("亲，包裹已经发出了，可以在快递送到时拒收，或者收到后申请退货退款，我们收到退回的包裹就给您退款～");
                case delivered -> Answer.say("亲，订单已经签收了，不满意的话可以申请退货，我帮您看看怎么操作最快～");
                case cancelled -> Answer.say("亲，这个订单已经取消了，不用再操作啦～");
            };
        }
        if (!o.status().beforeShipment()) {
            return Answer.say("亲，包裹已经发出，这单没法再改了；收到后尺码或颜色不合适的话，可以申请换货，我帮您处理～");
        }
        if (SIZE_OR_COLOUR.matcher(text).find() || text.matches(".*\\d+\\s*(件|个|条|双).*")) {
            return Answer.say("好的亲，已经给仓库备注：“" + text + "”。发货前仓库会按备注处理，如果涉及差价我会再和您确认～")
                    .doing(new Answer.Action.AddRemark("顾客要求：" + text));
        }
        return Answer.say("亲，订单还没发出，可以改的：您想改颜色、尺码还是数量？告诉我具体要改成什么～");
    }

    private Answer acknowledgement(String text, Optional<Order> order) {
        if (order.isPresent()
                && order.get().status() == OrderStatus.paid
                && !order.get().addressConfirmed()) {
            return addressConfirmed();
        }
        return Answer.say("好的亲，有什么需要随时叫我～");
    }

    static Optional<String> newAddress(String text) {
        Matcher m = NEW_ADDRESS.matcher(text);
        if (m.find()
                && LOOKS_LIKE_ADDRESS.matcher(m.group(1)).find()
                && m.group(1).length() >= 6) {
            return Optional.of(m.group(1).trim());
        }
        return Optional.empty();
    }

    private static String time(LocalTime t) {
        return t.getMinute() == 0 ? t.getHour() + "点" : t.getHour() + ":" + String.format("%02d", t.getMinute());
    }
}
