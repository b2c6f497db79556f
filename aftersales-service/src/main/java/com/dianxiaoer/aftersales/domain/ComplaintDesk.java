package com.dianxiaoer.aftersales.domain;

import com.dianxiaoer.aftersales.domain.ComplaintCase.Step;
import com.dianxiaoer.aftersales.domain.Turn.Note;
import com.dianxiaoer.aftersales.domain.Turn.Resolution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The complaint procedure, "five clears and one report" (PLAYBOOK §6): hear the customer out and acknowledge it
 * with empathy; ask for the facts that are missing (order, item, what happened, a photo); settle it at once where
 * the shop's policy allows, or else follow it with a stated time for the next answer; tell the outcome clearly,
 * apology first and compensation after it; record every step; report a serious case to management at once, once.
 *
 * <p>Plain Java: time comes in with each call, the shop's rules with the policy. Replies never argue, never blame
 * the customer, and explain every "no".
 */
public final class ComplaintDesk {
    public static final List<String> SCORE_BUTTONS = List.of("5分 非常满意", "4分 满意", "3分 一般", "2分 不满意", "1分 非常不满意");
    private static final List<String> REASON_BUTTONS = List.of("质量问题", "发错货了", "商品破损", "不喜欢，想无理由退货");
    private static final String NO_PHOTO_BUTTON = "没有照片，先帮我处理";
    private static final Pattern ASKS_WHEN = Pattern.compile(
            "(什么时候|啥时候|几点|多久|何时).{0,6}(答复|回复|处理|结果|解决|给我)|有结果了吗|进展|怎么样了|还要等");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final AftersalesPolicy policy;

    public ComplaintDesk(AftersalesPolicy policy) {
        this.policy = policy;
    }

    /**
     * Answers a customer message routed to after-sales.
     *
     * @param current            the conversation's latest case that is not closed, or null
     * @param order              what is known of the order the message is about (named in it, or the conversation's), or null
     * @param earlierCasesOnOrder how many other cases this shop already had about that order
     */
    public Turn respond(ComplaintCase current, CustomerMessage m, OrderFacts order, int earlierCasesOnOrder) {
        Category said = Category.detect(m.text());
        boolean aboutThisCase = current != null && (said == Category.other || said == current.category)
                && (current.step == Step.resolved || current.step == Step.following);
        if (aboutThisCase) {
            Optional<Reply> answer = CaseQuestions.answer(current, m.text(), policy);
            if (answer.isPresent()) {
                return new Turn(current, List.of(answer.get()), List.of(new Note("answered", "asked about the next steps")),
                        false, Set.of(), null, null);
            }
            Request asked = Request.detect(m.text());
            if (current.step == Step.resolved && asked != Request.NONE && asked != current.request) {
                // "我想退货退款 不想换了": the same case, settled again the way the customer now wants it.
                current.request = asked;
                current.step = Step.heard;
                return proceed(current, m, order, new ArrayList<>(), new ArrayList<>(List.of(new Note("heard", "now asks for " + asked.wire()))), false);
            }
        }
        if (current != null && current.step == Step.resolved) {
            Optional<Integer> score = m.score();
            if (score.isPresent()) {
                return rate(current, score.get());
            }
            if (!m.complaint()) {
                return new Turn(current, List.of(Reply.of(m.thanks() ? "不客气哦亲，能帮到您是我们的荣幸～后面有任何问题都可以随时来找我。"
                        : "好的亲，就按这样处理～后面有任何问题都可以随时来找我。")), List.of(), false, Set.of(), null, null);
            }
        }
        boolean otherOrder = current != null && current.orderId != null && m.orderNumber() != null && !current.orderId.equals(m.orderNumber());
        if (current == null || !current.open() || otherOrder) {
            Optional<Reply> rule = order == null && m.orderNumber() == null && SeriousReason.inWords(m.text()).isEmpty()
                    && !Category.detect(m.text()).shopSide() ? CaseQuestions.beforeBuying(m.text(), policy) : Optional.empty();
            if (rule.isPresent()) {
                return new Turn(null, List.of(rule.get()), List.of(), false, Set.of(), null, null);
            }
            if (!m.complaint() && m.acknowledgement()) {
                return new Turn(null, List.of(Reply.of("好的亲～有任何问题随时来找我，祝您生活愉快！")), List.of(), false, Set.of(), null, null);
            }
            if (!m.complaint()) {
                return new Turn(null, List.of(new Reply("亲，请问有什么可以帮您的呢？退换货、商品质量、物流这些售后问题，直接告诉我就好，我来帮您处理～",
                        REASON_BUTTONS)), List.of(), false, Set.of(), null, null);
            }
            boolean again = current != null && !otherOrder && Category.detect(m.text()) == current.category;
            Turn opened = open(m, order, earlierCasesOnOrder + (again ? 1 : 0));
            // "掉色了 退的话运费谁出": the question beside the complaint is answered too.
            return CaseQuestions.answer(opened.kase(), m.text(), policy)
                    .map(a -> new Turn(opened.kase(), concat(opened.replies(), a), opened.notes(), opened.opened(), opened.escalate(),
                            opened.resolution(), opened.satisfaction()))
                    .orElse(opened);
        }
        return proceed(current, m, order, new ArrayList<>(), new ArrayList<>(), false);
    }

    private static List<Reply> concat(List<Reply> replies, Reply more) {
        List<Reply> all = new ArrayList<>(replies);
        all.add(more);
        return all;
    }

    private Turn open(CustomerMessage m, OrderFacts order, int earlier) {
        ComplaintCase c = new ComplaintCase(UUID.randomUUID().toString(), policy.shopId(), null, m.at());
        c.category = Category.detect(m.text());
        c.request = Request.detect(m.text());
        if (c.category == Category.other && c.request != Request.NONE && m.text().contains("无理由")) {
            c.category = Category.no_reason;
        }
        c.orderId = m.orderNumber() != null ? m.orderNumber() : order == null ? null : order.orderId();
        c.productId = m.productId();
        if (earlier > 0) {
            c.reasons.add(SeriousReason.repeated);
        }
        absorb(c, m, order);
        List<Reply> replies = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        notes.add(new Note("heard", "customer raised: " + c.category.label() + (c.request == Request.NONE ? "" : ", asks for " + c.request.wire())));
        replies.add(Reply.of(hear(c)));
        return proceed(c, m, order, replies, notes, true);
    }

    /** Takes what the message adds to the case, reports it if it has just turned serious, and moves it on. */
    private Turn proceed(ComplaintCase c, CustomerMessage m, OrderFacts order, List<Reply> replies, List<Note> notes, boolean opened) {
        absorb(c, m, order);
        Set<SeriousReason> escalate = EnumSet.noneOf(SeriousReason.class);
        if (c.serious() && !c.escalated) {
            c.escalated = true;
            escalate.addAll(c.reasons);
            notes.add(new Note("reported", "serious (" + String.join(", ", c.reasons.stream().map(Enum::name).toList())
                    + "): reported to the shop's management"));
            replies.add(Reply.of(report(c)));
        }
        if (c.step == Step.following) {
            String when = when(c.nextAnswerBy, m.at());
            replies.add(Reply.of(m.acknowledgement()
                    ? "好的亲，您的事情我们一直跟着呢，" + when + "一定给您答复，请您放心。"
                    : ASKS_WHEN.matcher(m.text()).find()
                    ? "亲，您的事情" + (c.escalated ? "店长" : "负责的同事") + "正在处理，" + when + "一定给您一个明确的答复和处理方案；"
                            + "一有结果我会第一时间在这里告诉您，让您久等了，真的很抱歉。"
                    : "收到亲，您补充的情况我已经记在这件事里了。我们正在加紧处理，" + when + "一定给您一个明确的答复，辛苦您再稍等一下。"));
            return new Turn(c, replies, notes, opened, escalate, null, null);
        }
        if (c.step == Step.asking_facts && m.acknowledgement() && !opened) {
            // A reported case has its time for an answer whatever facts are still to come.
            replies.add(Reply.of(c.escalated
                    ? "好的亲，店长已经在跟进了，" + when(nextAnswerBy(m.at()), m.at()) + "一定给您答复；照片和订单号准备好了随时发给我，能处理得更快～"
                    : "好的亲，不着急，您准备好了发给我就行，收到后我马上帮您处理～"));
            return new Turn(c, replies, notes, false, escalate, null, null);
        }
        // Each fact is asked for once (what happened, until it is told): the case goes on with what the customer can give.
        List<String> missing = missingFacts(c).stream().filter(f -> f.equals("what") || !c.asked.contains(f)).toList();
        boolean blocking = missing.stream().anyMatch(f -> !f.equals("item"));
        if (blocking) {
            c.step = Step.asking_facts;
            c.factRequests++;
            c.asked.addAll(missing);
            notes.add(new Note("asked_facts", "asked for: " + String.join(", ", missing)));
            replies.add(askFacts(c, missing));
            return new Turn(c, replies, notes, opened, escalate, null, null);
        }
        Optional<Resolution> settled = settle(c, order, m.at(), replies);
        if (settled.isEmpty()) {
            c.step = Step.following;
            c.nextAnswerBy = nextAnswerBy(m.at());
            notes.add(new Note("following", "next answer promised by " + c.nextAnswerBy));
            return new Turn(c, replies, notes, opened, escalate, null, null);
        }
        Resolution r = settled.get();
        c.step = Step.resolved;
        c.resolution = r.kind();
        c.compensationAmount = r.amount();
        notes.add(new Note("told_outcome", outcomeNote(r)));
        notes.add(new Note("recorded", c.category.label() + " / " + c.severity() + " / " + r.kind()));
        return new Turn(c, replies, notes, opened, escalate, r, null);
    }

    private void absorb(ComplaintCase c, CustomerMessage m, OrderFacts order) {
        if (c.orderId == null) {
            c.orderId = m.orderNumber() != null ? m.orderNumber() : order == null ? null : order.orderId();
        }
        if (c.productId == null) {
            c.productId = m.productId();
        }
        Category said = Category.detect(m.text());
        if (c.category == Category.other && said != Category.other) {
            c.category = said;
        }
        if (c.category == Category.other && m.text().contains("无理由")) {
            c.category = Category.no_reason;
        }
        Request asked = Request.detect(m.text());
        if (asked != Request.NONE) {
            c.request = asked;
        }
        m.photoLink().ifPresent(link -> c.photoLink = link);
        if (m.noPhoto()) {
            c.photoWaived = true;
        }
        if (!m.acknowledgement() && (c.factRequests > 0 || m.text().strip().length() >= 12)) {
            c.described = true;
        }
        c.reasons.addAll(SeriousReason.inWords(m.text()));
        if (c.category == Category.other && c.reasons.contains(SeriousReason.safety)) {
            c.category = Category.quality;
        }
        if (order != null && order.orderId().equals(c.orderId) && order.total() != null
                && order.total().compareTo(policy.highValueThreshold()) >= 0) {
            c.reasons.add(SeriousReason.high_value);
        }
    }

    /** The facts still missing: order, what (what happened), photo; item is asked for but never waited on. */
    static List<String> missingFacts(ComplaintCase c) {
        List<String> missing = new ArrayList<>();
        if (c.orderId == null) {
            missing.add("order");
        }
        if (c.productId == null) {
            missing.add("item");
        }
        if (c.category == Category.other && !c.described) {
            missing.add("what");
        }
        if (c.category.wantsPhoto() && c.photoLink == null && !c.photoWaived) {
            missing.add("photo");
        }
        return missing;
    }

    // --- 听清楚 / 报告 -----------------------------------------------------------------------------------------------

    private static String hear(ComplaintCase c) {
        return switch (c.category) {
            case quality -> "亲，收到的东西质量不如意，换谁都会不开心，真的非常抱歉！您说的情况我都认真记下了，这件事我来负责帮您处理好。";
            case colour_difference -> "亲，实物颜色和您期待的不一样，确实让人失望，非常抱歉！您的感受我完全理解，我们一起把它处理好。";
            case wrong_item -> "亲，给您发错了商品，是我们的失误，真的非常抱歉！耽误您的时间了，我马上帮您处理。";
            case damaged -> "亲，收到的商品有破损，太影响心情了，实在抱歉！您先别着急，这件事我来跟到底。";
            case missing_item -> "亲，包裹里少了东西，给您添麻烦了，非常抱歉！我这就帮您核对处理。";
            case late_delivery -> "亲，等了这么久还没收到，换作是我也会着急，真的非常抱歉！我马上帮您查。";
            case price_drop -> "亲，刚买完就看到降价，心里肯定不舒服，这个我特别理解。您放心，我帮您看看怎么处理最合适。";
            case service_attitude -> "亲，让您在咨询时受了委屈，真的非常抱歉！您的意见我已经如实记录，一定会认真对待。";
            case no_reason -> "好的亲，商品不太合您心意也没关系，我来帮您办理售后，您放心。";
            case other -> "亲，您遇到的问题我收到了，给您添麻烦了，非常抱歉。您慢慢说，我都在听，一定帮您处理好。";
        };
    }

    private static String report(ComplaintCase c) {
        String safety = c.reasons.contains(SeriousReason.safety) ? "为了您和家人的安全，请先暂停使用这件商品。" : "";
        return "亲，这件事我们非常重视，" + safety + "我已经第一时间报告给店长，由店长亲自跟进处理，请您放心。";
    }

    // --- 问清楚 -----------------------------------------------------------------------------------------------------

    private Reply askFacts(ComplaintCase c, List<String> missing) {
        List<String> asks = new ArrayList<>();
        for (String f : missing) {
            switch (f) {
                case "order" -> asks.add("订单号（在「我的订单」里点开订单就能复制）");
                case "item" -> asks.add("是订单里的哪件商品（款式、颜色、尺码）");
                case "what" -> asks.add("具体遇到了什么情况");
                case "photo" -> asks.add("问题部位的照片链接，有照片我们能处理得更快");
                default -> {
                }
            }
        }
        StringBuilder text = new StringBuilder("亲，为了尽快帮您解决，麻烦您告诉我");
        if (asks.size() == 1) {
            text.append(asks.get(0)).append("。");
        } else {
            text.append("：");
            for (int i = 0; i < asks.size(); i++) {
                text.append(i + 1).append("、").append(asks.get(i)).append(i == asks.size() - 1 ? "。" : "；");
            }
        }
        text.append("您一次发给我就好，我这边马上处理～");
        return new Reply(text.toString(), missing.contains("what") ? REASON_BUTTONS
                : missing.contains("photo") ? List.of(NO_PHOTO_BUTTON) : List.of());
    }

    // --- 跟清楚 / 复清楚 ---------------------------------------------------------------------------------------------

    /** The outcome when the shop's policy settles it now, with its reply added; empty when it must be followed. */
    private Optional<Resolution> settle(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        if (c.serious()) {
            replies.add(Reply.of("亲，您的情况店长已经在处理了，" + when(nextAnswerBy(now), now)
                    + "一定给您一个明确的答复和补偿方案。给您带来这么大的困扰，再次向您道歉，感谢您的耐心！"));
            return Optional.empty();
        }
        return switch (c.category) {
            case quality, colour_difference, wrong_item, damaged, missing_item -> Optional.of(shopSide(c, replies));
            case no_reason -> noReason(c, order, now, replies);
            case late_delivery -> late(c, order, now, replies);
            case price_drop -> priceDrop(c, order, now, replies);
            case service_attitude -> Optional.of(tell(replies, "亲，再次为咨询中让您不愉快的经历向您道歉。我们已经把这次对话交给店长复盘，"
                    + "相关同事会认真改进。", "apology", coupons(c), false));
            case other -> {
                replies.add(Reply.of("亲，您的情况我已经整理好交给专门负责的同事了，" + when(nextAnswerBy(now), now)
                        + "给您回复处理结果，请您放心，我们会一直跟进到底。"));
                yield Optional.empty();
            }
        };
    }

    private Resolution shopSide(ComplaintCase c, List<Reply> replies) {
        boolean shopPays = policy.shopPaysReturnShipping(c.category);
        String shipping = shipping(shopPays);
        String kind;
        String how;
        if (c.category == Category.missing_item) {
            kind = "reship";
            how = "少发的部分我们今天就给您补发，不需要您寄回任何东西，发出后会第一时间把快递单号告诉您。";
        } else if (c.request == Request.RETURN || c.request == Request.REFUND) {
            kind = "return";
            how = returnSteps(shipping, null);
        } else if (c.category == Category.damaged) {
            kind = "replacement";
            how = "我们马上给您补发一件新的，不用等退货寄到。请您：1、在「我的订单」里点「申请售后」，选「换货」，原因选「商品破损」并附上照片；"
                    + "2、破损的那件寄回给我们，" + shipping + "。如果您更想退款，也可以直接选「退货退款」。";
        } else {
            kind = "exchange";
            how = "我们给您换一件新的：1、在「我的订单」里点「申请售后」，选「换货」，写上想换的款式和尺码；2、把商品连同吊牌、包装寄回，"
                    + shipping + "，并在申请里填上快递单号；3、我们收到后当天就把新的给您发出。如果您更想退款，选「退货退款」就可以。";
        }
        List<Compensation> given = coupons(c);
        if (c.category == Category.colour_difference && !shopPays && policy.couponAmount().signum() > 0) {
            how += "这次的寄回运费，我们送的优惠券基本可以帮您抵掉。";
        }
        return tell(replies, "亲，非常抱歉让您遇到这样的情况，这是我们的责任。" + how, kind, given, shopPays);
    }

    private Optional<Resolution> noReason(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        String condition = "商品需要" + policy.itemCondition() + "。";
        if (order != null && order.notShippedYet()) {
            return Optional.of(tell(replies, "亲，您的订单还没有发出，在「我的订单」里直接点「申请退款」就可以，系统会原路退回，一般很快就到账。",
                    "refund", List.of(), false));
        }
        if (order != null && order.shipped()) {
            return Optional.of(tell(replies, "亲，包裹已经在路上了，您可以在快递送达时直接拒收，我们收到退回的包裹后" + policy.refundHours()
                    + "小时内为您退款；也可以先签收，签收后" + policy.noReasonReturnDays() + "天内申请无理由退货。" + condition,
                    "return", List.of(), false));
        }
        if (order != null && order.deliveredAt() != null) {
            LocalDate delivered = order.deliveredAt().atZone(policy.zone()).toLocalDate();
            LocalDate last = delivered.plusDays(policy.noReasonReturnDays());
            if (now.atZone(policy.zone()).toLocalDate().isAfter(last)) {
                replies.add(Reply.of("亲，这笔订单是" + date(delivered) + "签收的，" + policy.noReasonReturnDays() + "天无理由退货的期限在"
                        + date(last) + "已经到了，所以系统里暂时申请不了无理由退货。不过您别担心，我已经帮您提交给售后主管特别处理，"
                        + when(nextAnswerBy(now), now) + "给您答复；如果商品有任何质量问题，我们一样负责到底。"));
                return Optional.empty();
            }
            return Optional.of(tell(replies, "亲，您的订单" + date(delivered) + "签收，在" + date(last) + "之前都可以无理由" + (c.request == Request.EXCHANGE ? "换货" : "退货")
                    + "。" + condition + (c.request == Request.EXCHANGE ? exchangeSteps() : returnSteps(shipping(false), null)),
                    c.request == Request.EXCHANGE ? "exchange" : "return", List.of(), false));
        }
        return Optional.of(tell(replies, "亲，签收后" + policy.noReasonReturnDays() + "天内都可以无理由" + (c.request == Request.EXCHANGE ? "换货" : "退货")
                + "。" + condition + (c.request == Request.EXCHANGE ? exchangeSteps() : returnSteps(shipping(false), null)),
                c.request == Request.EXCHANGE ? "exchange" : "return", List.of(), false));
    }

    private Optional<Resolution> late(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        if (order != null && order.delivered()) {
            return Optional.of(tell(replies, "亲，刚帮您查了，包裹显示已经签收了。如果您这边还没拿到，麻烦看看门卫、快递柜或驿站，"
                    + "找不到的话告诉我，我马上联系快递帮您追查。让您久等了，实在抱歉。", "apology", coupons(c), false));
        }
        // The case (ComplaintOpened) is what hands the hurry to the shop's people: the reply says so, no more.
        String where = order == null ? "您的情况我已经登记好，交给负责的同事联系仓库和快递加急处理"
                : order.shipped() ? "帮您查了，包裹现在由" + (order.courier() == null ? "快递" : order.courier()) + "配送"
                + (order.trackingStatus() == null ? "" : "，最新状态是「" + order.trackingStatus() + "」") + "，加急派送的请求我已经交给负责的同事，由他们联系快递"
                : "您的订单正在仓库打包，优先发出的请求我已经交给负责的同事，由他们安排仓库";
        replies.add(Reply.of("亲，" + where + "，" + when(nextAnswerBy(now), now) + "再把最新进展告诉您。包裹一签收我也会马上跟您确认，请您放心。"));
        return Optional.empty();
    }

    private Optional<Resolution> priceDrop(ComplaintCase c, OrderFacts order, Instant now, List<Reply> replies) {
        boolean within = policy.priceProtectionDays() > 0 && (order == null || order.paidAt() == null
                || !now.isAfter(order.paidAt().plus(policy.priceProtectionDays(), ChronoUnit.DAYS)));
        if (within) {
            Compensation difference = new Compensation("partial_refund", null, "价差，最多¥" + plain(policy.maxPartialRefund()));
            return Optional.of(tell(replies, "亲，您在" + policy.priceProtectionDays() + "天价保期内，差价我们退给您：在「我的订单」里点「申请售后」，"
                    + "选「仅退款」，金额填您付的价格和现价的差额（最多¥" + plain(policy.maxPartialRefund()) + "），备注「价保」，我们"
                    + policy.refundHours() + "小时内就会同意。", "price_difference", List.of(difference), false));
        }
        String why = policy.priceProtectionDays() > 0 ? "这笔订单已经过了" + policy.priceProtectionDays() + "天的价保期，差价这次退不了，"
                : "本店的价格会跟着平台活动调整，暂时没有保价服务，差价这次退不了，";
        return Optional.of(tell(replies, "亲，" + why + "真的很抱歉。", "apology", coupons(c), false));
    }

    /** The outcome reply: the apology is in {@code solution}'s opening, compensation comes after it, thanks last. */
    private Resolution tell(List<Reply> replies, String solution, String kind, List<Compensation> given, boolean shopPays) {
        List<Compensation> all = new ArrayList<>();
        all.add(Compensation.apology());
        all.addAll(given);
        StringBuilder text = new StringBuilder(solution);
        List<String> gifts = new ArrayList<>();
        for (Compensation g : given) {
            switch (g.kind()) {
                case "coupon" -> gifts.add("一张" + plain(g.amount()) + "元的无门槛优惠券（会发到您的账户里）");
                case "gift" -> gifts.add("一份" + g.what());
                default -> {
                }
            }
        }
        if (!gifts.isEmpty()) {
            text.append("为了表达我们的歉意，再送您").append(String.join("和", gifts)).append("。");
        }
        text.append("感谢您的理解和支持，后面有任何问题随时找我～");
        replies.add(Reply.of(text.toString()));
        return new Resolution(kind, all, shopPays);
    }

    private List<Compensation> coupons(ComplaintCase c) {
        List<Compensation> given = new ArrayList<>();
        BigDecimal amount = (c.serious() ? policy.seriousCouponAmount() : policy.couponAmount()).min(policy.maxCouponAmount());
        if (amount.signum() > 0) {
            given.add(new Compensation("coupon", amount, null));
        }
        if (c.serious() && policy.gift() != null && c.category.shopSide()) {
            given.add(new Compensation("gift", null, policy.gift()));
        }
        return given;
    }

    private String shipping(boolean shopPays) {
        if (shopPays) {
            return "寄回的运费由我们承担（您先垫付的话，我们会和退款一起补给您）";
        }
        if (policy.freightInsurance()) {
            return "订单带有运费险，寄回的运费由运费险赔付";
        }
        return "这种情况寄回的运费需要您这边承担，还请您多理解";
    }

    private String returnSteps(String shipping, String extra) {
        return "请您：1、在「我的订单」里点「申请售后」，选「退货退款」；2、把商品连同吊牌、包装和赠品一起寄回，" + shipping
                + "；3、寄出后把快递单号填到售后申请里；4、我们收到后" + policy.refundHours() + "小时内给您原路退款。" + (extra == null ? "" : extra);
    }

    private String exchangeSteps() {
        return "请您：1、在「我的订单」里点「申请售后」，选「换货」，写上想换的款式和尺码；2、把商品寄回并填上快递单号，" + shipping(false)
                + "，换的新商品由我们包邮寄给您；3、我们收到后当天给您发出新的。";
    }

    private String outcomeNote(Resolution r) {
        return r.kind() + "; compensations: " + String.join(", ", r.compensations().stream()
                .map(x -> x.kind() + (x.amount() == null ? "" : " ¥" + plain(x.amount()))).toList())
                + (r.shopPaysReturnShipping() ? "; shop pays return shipping" : "");
    }

    // --- operator, order, time, follow-up ---------------------------------------------------------------------------

    /**
     * A person of the shop settled a followed case: the customer hears the outcome in the shop's words, then the
     * apology and the compensation the policy sets for the case's cause and severity.
     */
    public Turn resolveByOperator(ComplaintCase c, String resolution, String message) {
        List<Reply> replies = new ArrayList<>();
        String text = "亲，关于您反映的「" + c.category.label() + "」，处理结果出来了：" + message.strip();
        Resolution r = tell(replies, text + (text.endsWith("。") ? "" : "。") + "让您久等了，再次向您道歉。", resolution,
                c.category == Category.no_reason ? List.of() : coupons(c), policy.shopPaysReturnShipping(c.category));
        c.step = Step.resolved;
        c.resolution = resolution;
        c.compensationAmount = r.amount();
        return new Turn(c, replies, List.of(new Note("told_outcome", "by the shop: " + resolution),
                new Note("recorded", c.category.label() + " / " + c.severity() + " / " + resolution)), false, Set.of(), r, null);
    }

    /** The order moved on: a late parcel that arrived settles its case; anything else is noted in the history. */
    public Turn orderMoved(ComplaintCase c, OrderFacts order) {
        List<Note> notes = new ArrayList<>(List.of(new Note("order", "order " + order.orderId() + " is now " + order.status()
                + (order.trackingStatus() == null ? "" : " (" + order.trackingStatus() + ")"))));
        if (c.category == Category.late_delivery && order.delivered() && c.open() && !c.serious()) {
            List<Reply> replies = new ArrayList<>();
            Resolution r = tell(replies, "亲，跟您说一声，您的包裹已经签收啦！这次让您等了这么久，真的很抱歉。", "apology", coupons(c), false);
            c.step = Step.resolved;
            c.resolution = r.kind();
            c.compensationAmount = r.amount();
            notes.add(new Note("told_outcome", outcomeNote(r)));
            notes.add(new Note("recorded", c.category.label() + " / " + c.severity() + " / " + r.kind()));
            return new Turn(c, replies, notes, false, Set.of(), r, null);
        }
        return new Turn(c, List.of(), notes, false, Set.of(), null, null);
    }

    private Turn rate(ComplaintCase c, int score) {
        c.satisfaction = score;
        c.step = Step.closed;
        String text = score >= 4 ? "谢谢亲的认可！您的满意就是对我们最大的鼓励，欢迎常来逛逛～"
                : score == 3 ? "谢谢亲的反馈！我们还有做得不够好的地方，一定会继续改进，希望下次能让您更满意。"
                : "非常抱歉这次没能让您满意，您的评价我们已经如实记录，店长会亲自看这件事，尽力弥补。谢谢您愿意告诉我们。";
        return new Turn(c, List.of(Reply.of(text)), List.of(new Note("satisfaction", "customer rated " + score + "/5")),
                false, Set.of(), null, score);
    }

    /** The return visit after a case was settled: how satisfied is the customer, 1 to 5. */
    public static Reply satisfactionQuestion(ComplaintCase c) {
        return new Reply("亲，前几天您反映的「" + c.category.label() + "」，现在都处理好了吗？想请您给这次的售后服务打个分（1-5分），"
                + "您的意见对我们很重要～", SCORE_BUTTONS);
    }

    /** The farewell after a delivery with no complaint: thanks, and a request for a review. */
    public static Reply farewell() {
        return Reply.of("亲，您的包裹已经签收啦，感谢您的信任和支持！用得满意的话，麻烦您抽空给个五星好评，这对我们特别重要；"
                + "有任何问题也随时来找我，我们一直都在～");
    }

    /**
     * A case still being handled at the end of the shop's working day on which it was opened (or the next one, when
     * it was opened after hours) is overdue: flagged once, and the customer is told when the answer now comes.
     */
    public Optional<Turn> overdue(ComplaintCase c, Instant now) {
        if (!c.open() || c.overdue || now.isBefore(endOfDay(c.openedAt))) {
            return Optional.empty();
        }
        c.overdue = true;
        List<Reply> replies = new ArrayList<>();
        if (c.step != Step.asking_facts) {
            c.nextAnswerBy = nextAnswerBy(now);
            replies.add(Reply.of("亲，您的问题今天还没能给您一个结果，让您久等了，非常抱歉。我们会继续跟进，" + when(c.nextAnswerBy, now)
                    + "一定给您答复。"));
        }
        return Optional.of(new Turn(c, replies, List.of(new Note("overdue", "still open at the end of the shop's day")),
                false, Set.of(), null, null));
    }

    /** The end of the shop's working day that a case opened at this moment belongs to. */
    public Instant endOfDay(Instant openedAt) {
        ZonedDateTime local = openedAt.atZone(policy.zone());
        ZonedDateTime end = local.toLocalDate().atTime(policy.end()).atZone(policy.zone());
        return (local.isBefore(end) ? end : end.plusDays(1)).toInstant();
    }

    /** When the next answer comes: the follow-up time from now, within the shop's working hours. */
    public Instant nextAnswerBy(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, policy.zone());
        LocalDateTime start = local.toLocalDate().atTime(policy.start());
        LocalDateTime from = local.isBefore(start) ? start : local;
        LocalDateTime by = from.plusMinutes(policy.followUpMinutes());
        if (by.toLocalDate().isAfter(local.toLocalDate()) || by.toLocalTime().isAfter(policy.end())) {
            LocalDate next = local.toLocalTime().isBefore(policy.start()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
            by = next.atTime(policy.start()).plusMinutes(policy.followUpMinutes());
        }
        return by.atZone(policy.zone()).toInstant();
    }

    /** "今天18:30前", "明天11:00前", "11月26日11:00前", in the shop's zone. */
    public String when(Instant by, Instant now) {
        LocalDateTime t = LocalDateTime.ofInstant(by, policy.zone());
        LocalDate today = LocalDate.ofInstant(now, policy.zone());
        String day = t.toLocalDate().equals(today) ? "今天" : t.toLocalDate().equals(today.plusDays(1)) ? "明天" : date(t.toLocalDate());
        return day + t.format(HM) + "前";
    }

    private static String date(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
