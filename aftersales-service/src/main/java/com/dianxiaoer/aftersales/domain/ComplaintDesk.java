package com.dianxiaoer.aftersales.domain;

import com.dianxiaoer.aftersales.domain.ComplaintCase.Step;
import com.dianxiaoer.aftersales.domain.Turn.Note;
import com.dianxiaoer.aftersales.domain.Turn.Resolution;
import java.time.Instant;
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
 * <p>Plain Java: time comes in with each call, the shop's rules with the policy, the words from the reply catalogue
 * (AftersalesReplies); what the policy gives is Settlement's, the working day ServiceHours'. Replies never argue,
 * never blame the customer, and explain every "no".
 */
public final class ComplaintDesk {
    public static final List<String> SCORE_BUTTONS = List.of("5分 非常满意", "4分 满意", "3分 一般", "2分 不满意", "1分 非常不满意");
    private static final List<String> REASON_BUTTONS = List.of("质量问题", "发错货了", "商品破损", "不喜欢，想无理由退货");
    private static final String NO_PHOTO_BUTTON = "没有照片，先帮我处理";
    private static final Pattern ASKS_WHEN =
            Pattern.compile("(什么时候|啥时候|几点|多久|何时).{0,6}(答复|回复|处理|结果|解决|给我)|有结果了吗|进展|怎么样了|还要等");

    private final AftersalesPolicy policy;
    private final AftersalesReplies say;
    private final ServiceHours hours;
    private final Settlement settlement;

    public ComplaintDesk(AftersalesPolicy policy) {
        this(policy, AftersalesReplies.standard());
    }

    public ComplaintDesk(AftersalesPolicy policy, AftersalesReplies say) {
        this.policy = policy;
        this.say = say;
        this.hours = new ServiceHours(policy);
        this.settlement = new Settlement(policy, hours, say);
    }

    /**
     * Answers a customer message routed to after-sales.
     *
     * @param current            the conversation's latest case that is not closed, or null
     * @param order              what is known of the order the message is about (named in it, or the conversation's), or null
     * @param earlierCasesOnOrder how many other cases this shop already had about that order
     */
    public Turn respond(ComplaintCase current, CustomerMessage m, OrderFacts order, int earlierCasesOnOrder) {
        // The words alone here: a model's guess must not turn a question about a settled case into a new case.
        Category said = Category.detect(m.text());
        boolean aboutThisCase = current != null
                && (said == Category.other || said == current.category)
                && (current.step == Step.resolved || current.step == Step.following);
        if (aboutThisCase) {
            Optional<Reply> answer = CaseQuestions.answer(current, m.text(), policy, say);
            if (answer.isPresent()) {
                return new Turn(
                        current,
                        List.of(answer.get()),
                        List.of(new Note("answered", "asked about the next steps")),
                        false,
                        Set.of(),
                        null,
                        null);
            }
            Request asked = Request.detect(m.text());
            if (current.step == Step.resolved && asked != Request.NONE && asked != current.request) {
                // "我想退货退款 不想换了": the same case, settled again the way the customer now wants it.
                current.request = asked;
                current.step = Step.heard;
                return proceed(
                        current,
                        m,
                        order,
                        new ArrayList<>(),
                        new ArrayList<>(List.of(new Note("heard", "now asks for " + asked.wire()))),
                        false);
            }
        }
        if (current != null && current.step == Step.resolved) {
            Optional<Integer> score = m.score();
            if (score.isPresent()) {
                return rate(current, score.get());
            }
            if (!m.complaint()) {
                return new Turn(
                        current,
                        List.of(Reply.of(say.text(m.thanks() ? "closing.thanks" : "closing.agreed"))),
                        List.of(),
                        false,
                        Set.of(),
                        null,
                        null);
            }
        }
        boolean otherOrder = current != null
                && current.orderId != null
                && m.orderNumber() != null
                && !current.orderId.equals(m.orderNumber());
        if (current == null || !current.open() || otherOrder) {
            Optional<Reply> rule = order == null
                            && m.orderNumber() == null
                            && SeriousReason.inWords(m.text()).isEmpty()
                            && !Category.detect(m.text()).shopSide()
                    ? CaseQuestions.beforeBuying(m.text(), policy, say)
                    : Optional.empty();
            if (rule.isPresent()) {
                return new Turn(null, List.of(rule.get()), List.of(), false, Set.of(), null, null);
            }
            if (!m.complaint() && m.acknowledgement()) {
                return new Turn(null, List.of(Reply.of(say.text("goodbye"))), List.of(), false, Set.of(), null, null);
            }
            if (!m.complaint()) {
                return new Turn(
                        null,
                        List.of(new Reply(say.text("what_can_i_do"), REASON_BUTTONS)),
                        List.of(),
                        false,
                        Set.of(),
                        null,
                        null);
            }
            boolean again = current != null && !otherOrder && m.category() == current.category;
            Turn opened = open(m, order, earlierCasesOnOrder + (again ? 1 : 0));
            // "掉色了 退的话运费谁出": the question beside the complaint is answered too.
            return CaseQuestions.answer(opened.kase(), m.text(), policy, say)
                    .map(a -> new Turn(
                            opened.kase(),
                            concat(opened.replies(), a),
                            opened.notes(),
                            opened.opened(),
                            opened.escalate(),
                            opened.resolution(),
                            opened.satisfaction()))
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
        takeCategory(c, m);
        c.request = Request.detect(m.text());
        if (c.request != Request.NONE && m.text().contains("无理由")) {
            namedByTheWords(c, Category.no_reason);
        }
        c.orderId = m.orderNumber() != null ? m.orderNumber() : order == null ? null : order.orderId();
        c.productId = m.productId();
        if (earlier > 0) {
            c.reasons.add(SeriousReason.repeated);
        }
        absorb(c, m, order);
        List<Reply> replies = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        notes.add(new Note(
                "heard",
                "customer raised: " + c.category.label()
                        + (c.request == Request.NONE ? "" : ", asks for " + c.request.wire())));
        replies.add(Reply.of(hear(c)));
        return proceed(c, m, order, replies, notes, true);
    }

    /** Takes what the message adds to the case, reports it if it has just turned serious, and moves it on. */
    private Turn proceed(
            ComplaintCase c,
            CustomerMessage m,
            OrderFacts order,
            List<Reply> replies,
            List<Note> notes,
            boolean opened) {
        absorb(c, m, order);
        Set<SeriousReason> escalate = EnumSet.noneOf(SeriousReason.class);
        if (c.serious() && !c.escalated) {
            c.escalated = true;
            escalate.addAll(c.reasons);
            notes.add(new Note(
                    "reported",
                    "serious ("
                            + String.join(
                                    ", ", c.reasons.stream().map(Enum::name).toList())
                            + "): reported to the shop's management"));
            replies.add(Reply.of(report(c)));
        }
        if (c.step == Step.following) {
            String when = hours.when(c.nextAnswerBy, m.at());
            replies.add(Reply.of(
                    m.acknowledgement()
                            ? say.text("following.acknowledged", when)
                            : ASKS_WHEN.matcher(m.text()).find()
                                    ? say.text(
                                            "following.asked_when",
                                            say.text(c.escalated ? "following.by_manager" : "following.by_colleague"),
                                            when)
                                    : say.text("following.added", when)));
            return new Turn(c, replies, notes, opened, escalate, null, null);
        }
        if (c.step == Step.asking_facts
                && m.acknowledgement()
                && !opened
                && missingFacts(c).stream().anyMatch(Fact::blocking)) {
            // A reported case has its time for an answer whatever facts are still to come.
            replies.add(Reply.of(
                    c.escalated ? say.text("facts.wait.reported", hours.nextAnswer(m.at())) : say.text("facts.wait")));
            return new Turn(c, replies, notes, false, escalate, null, null);
        }
        // Each fact is asked for once (what happened, until it is told): the case goes on with what the customer can
        // give.
        List<Fact> missing = missingFacts(c).stream()
                .filter(f -> f == Fact.what || !c.asked.contains(f))
                .toList();
        boolean blocking = missing.stream().anyMatch(Fact::blocking);
        if (blocking) {
            c.step = Step.asking_facts;
            c.factRequests++;
            c.asked.addAll(missing);
            notes.add(new Note(
                    "asked_facts",
                    "asked for: "
                            + String.join(", ", missing.stream().map(Fact::name).toList())));
            // On opening, the guessed cause was just read back to the customer (hear.guessed): not asked twice.
            List<Fact> ask =
                    missing.stream().filter(f -> !(opened && f == Fact.cause)).toList();
            if (!ask.isEmpty()) {
                replies.add(askFacts(c, ask));
            }
            return new Turn(c, replies, notes, opened, escalate, null, null);
        }
        Optional<Resolution> settled = settlement.settle(c, order, m.at(), replies);
        if (settled.isEmpty()) {
            c.step = Step.following;
            c.nextAnswerBy = hours.nextAnswerBy(m.at());
            notes.add(new Note("following", "next answer promised by " + c.nextAnswerBy));
            return new Turn(c, replies, notes, opened, escalate, null, null);
        }
        Resolution r = settled.get();
        c.step = Step.resolved;
        c.resolution = r.kind();
        c.compensationAmount = r.amount();
        notes.add(new Note("told_outcome", Settlement.outcomeNote(r)));
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
        boolean denied = checkTheGuess(c, m);
        takeCategory(c, m);
        if (m.text().contains("无理由")) {
            namedByTheWords(c, Category.no_reason);
        }
        Request asked = Request.detect(m.text());
        if (asked != Request.NONE) {
            c.request = asked;
        }
        m.photoLink().ifPresent(link -> c.photoLink = link);
        if (m.noPhoto()) {
            c.photoWaived = true;
        }
        boolean bareDenial = denied && m.text().strip().length() < 12;
        if (!m.acknowledgement()
                && !bareDenial
                && (c.factRequests > 0 || m.text().strip().length() >= 12)) {
            c.described = true;
        }
        c.reasons.addAll(SeriousReason.inWords(m.text()));
        if (c.reasons.contains(SeriousReason.safety)) {
            namedByTheWords(c, Category.quality); // "过敏": unsafe goods are a quality fault
        }
        if (order != null
                && order.orderId().equals(c.orderId)
                && order.total() != null
                && order.total().compareTo(policy.highValueThreshold()) >= 0) {
            c.reasons.add(SeriousReason.high_value);
        }
    }

    /**
     * The answer to a guessed cause read back to the customer. "对的" makes it theirs. "不是" drops it, and it may not
     * come back unasked: not from words that only repeat it ("不是降价"), not from the model's next reading. Whether
     * the customer denied it.
     */
    private static boolean checkTheGuess(ComplaintCase c, CustomerMessage m) {
        if (!c.categoryGuessed || !c.asked.contains(Fact.cause)) {
            return false;
        }
        if (m.denial()) {
            c.deniedCause = c.category;
            c.category = Category.other;
            c.categoryGuessed = false;
            return true;
        }
        if (m.acknowledgement()) {
            c.categoryGuessed = false;
        }
        return false;
    }

    /**
     * The customer's words name the cause, and replace a cause the model guessed; the model's reading fills a category
     * nothing has named yet, and is read back to be checked again, however often.
     */
    private static void takeCategory(ComplaintCase c, CustomerMessage m) {
        Category words = Category.detect(m.text());
        Category read = m.category();
        if (words != Category.other) {
            if (words != c.deniedCause) {
                namedByTheWords(c, words);
            }
        } else if (c.category == Category.other && read != Category.other && read != c.deniedCause) {
            c.category = read;
            c.categoryGuessed = true;
            c.asked.remove(Fact.cause);
        }
    }

    /** A cause the customer's words give: it fills a category nothing named and replaces a guess. */
    private static void namedByTheWords(ComplaintCase c, Category category) {
        if (c.category == Category.other || c.categoryGuessed) {
            c.category = category;
            c.categoryGuessed = false;
        }
    }

    /** The facts still missing: order, what (what happened), photo; item is asked for but never waited on. */
    static List<Fact> missingFacts(ComplaintCase c) {
        List<Fact> missing = new ArrayList<>();
        if (c.orderId == null) {
            missing.add(Fact.order);
        }
        if (c.productId == null) {
            missing.add(Fact.item);
        }
        if ((c.category == Category.other || c.categoryGuessed) && !c.described) {
            missing.add(Fact.what);
        }
        if (c.category.wantsPhoto() && c.photoLink == null && !c.photoWaived) {
            missing.add(Fact.photo);
        }
        if (c.categoryGuessed) {
            missing.add(Fact.cause);
        }
        return missing;
    }

    // --- 听清楚 / 报告 -----------------------------------------------------------------------------------------------

    /** A cause only the model read is offered to the customer to correct, not asserted. */
    private String hear(ComplaintCase c) {
        return c.categoryGuessed ? say.text("hear.guessed", c.category.label()) : say.text("hear." + c.category.name());
    }

    private String report(ComplaintCase c) {
        return say.text("report", c.reasons.contains(SeriousReason.safety) ? say.text("report.safety") : "");
    }

    // --- 问清楚 -----------------------------------------------------------------------------------------------------

    private Reply askFacts(ComplaintCase c, List<Fact> missing) {
        List<String> asks = missing.stream()
                .map(fact -> say.text("ask." + fact, c.category.label()))
                .toList();
        StringBuilder text = new StringBuilder(say.text("ask.opening"));
        if (asks.size() == 1) {
            text.append(asks.get(0)).append("。");
        } else {
            text.append("：");
            for (int i = 0; i < asks.size(); i++) {
                text.append(i + 1).append("、").append(asks.get(i)).append(i == asks.size() - 1 ? "。" : "；");
            }
        }
        text.append(say.text("ask.closing"));
        return new Reply(
                text.toString(),
                missing.contains(Fact.what)
                        ? REASON_BUTTONS
                        : missing.contains(Fact.photo) ? List.of(NO_PHOTO_BUTTON) : List.of());
    }

    // --- operator, order, time, follow-up ---------------------------------------------------------------------------

    /**
     * A person of the shop settled a followed case: the customer hears the outcome in the shop's words, then the
     * apology and the compensation the policy sets for the case's cause and severity.
     */
    public Turn resolveByOperator(ComplaintCase c, String resolution, String message) {
        List<Reply> replies = new ArrayList<>();
        String text = say.text("operator.outcome", c.category.label(), message.strip());
        Resolution r = settlement.tell(
                replies,
                text + (text.endsWith("。") ? "" : "。") + say.text("operator.sorry"),
                resolution,
                c.category == Category.no_reason ? List.of() : settlement.coupons(c),
                policy.shopPaysReturnShipping(c.category));
        c.step = Step.resolved;
        c.resolution = resolution;
        c.compensationAmount = r.amount();
        return new Turn(
                c,
                replies,
                List.of(
                        new Note("told_outcome", "by the shop: " + resolution),
                        new Note("recorded", c.category.label() + " / " + c.severity() + " / " + resolution)),
                false,
                Set.of(),
                r,
                null);
    }

    /** The order moved on: a late parcel that arrived settles its case; anything else is noted in the history. */
    public Turn orderMoved(ComplaintCase c, OrderFacts order) {
        List<Note> notes = new ArrayList<>(List.of(new Note(
                "order",
                "order " + order.orderId() + " is now " + order.status()
                        + (order.trackingStatus() == null ? "" : " (" + order.trackingStatus() + ")"))));
        if (c.category == Category.late_delivery && order.delivered() && c.open() && !c.serious()) {
            List<Reply> replies = new ArrayList<>();
            Resolution r = settlement.tell(replies, say.text("late.arrived"), "apology", settlement.coupons(c), false);
            c.step = Step.resolved;
            c.resolution = r.kind();
            c.compensationAmount = r.amount();
            notes.add(new Note("told_outcome", Settlement.outcomeNote(r)));
            notes.add(new Note("recorded", c.category.label() + " / " + c.severity() + " / " + r.kind()));
            return new Turn(c, replies, notes, false, Set.of(), r, null);
        }
        return new Turn(c, List.of(), notes, false, Set.of(), null, null);
    }

    private Turn rate(ComplaintCase c, int score) {
        c.satisfaction = score;
        c.step = Step.closed;
        String text = say.text(score >= 4 ? "rating.good" : score == 3 ? "rating.fair" : "rating.poor");
        return new Turn(
                c,
                List.of(Reply.of(text)),
                List.of(new Note("satisfaction", "customer rated " + score + "/5")),
                false,
                Set.of(),
                null,
                score);
    }

    /** The return visit after a case was settled: how satisfied is the customer, 1 to 5. */
    public static Reply satisfactionQuestion(ComplaintCase c) {
        return new Reply(AftersalesReplies.standard().text("satisfaction.question", c.category.label()), SCORE_BUTTONS);
    }

    /** The farewell after a delivery with no complaint: thanks, and a request for a review. */
    public static Reply farewell() {
        return Reply.of(AftersalesReplies.standard().text("farewell"));
    }

    /**
     * A case still being handled at the end of the shop's working day on which it was opened (or the next one, when
     * it was opened after hours) is overdue: flagged once, and the customer is told when the answer now comes.
     */
    public Optional<Turn> overdue(ComplaintCase c, Instant now) {
        if (!c.open() || c.overdue || now.isBefore(hours.endOfDay(c.openedAt))) {
            return Optional.empty();
        }
        c.overdue = true;
        List<Reply> replies = new ArrayList<>();
        if (c.step != Step.asking_facts) {
            c.nextAnswerBy = hours.nextAnswerBy(now);
            replies.add(Reply.of(say.text("overdue", hours.when(c.nextAnswerBy, now))));
        }
        return Optional.of(new Turn(
                c,
                replies,
                List.of(new Note("overdue", "still open at the end of the shop's day")),
                false,
                Set.of(),
                null,
                null));
    }

    /** The shop's working day, for the times promised to the customer. */
    public ServiceHours hours() {
        return hours;
    }
}
