package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.aftersales.config.AftersalesConfig;
import com.dianxiaoer.aftersales.domain.Compensation;
import com.dianxiaoer.aftersales.domain.ComplaintCase;
import com.dianxiaoer.aftersales.domain.ComplaintDesk;
import com.dianxiaoer.aftersales.domain.Reply;
import com.dianxiaoer.aftersales.domain.Turn;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.aftersales.persistence.CaseHistoryEntity;
import com.dianxiaoer.aftersales.persistence.OrderFactEntity;
import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintEscalated;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.SatisfactionRecorded;
import com.dianxiaoer.events.payload.ShopTaskRequested;
import com.dianxiaoer.messaging.Outbox;
import com.dianxiaoer.messaging.ScheduledReplies;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes what a step of the procedure decided, in the caller's transaction: the case and its history (记清楚), the
 * replies, the domain events on aftersales.events (the report of a serious case among them, once), the counters,
 * and the satisfaction question that follows a settled case.
 */
@ApplicationScoped
public class CaseRecorder {
    public static final String PRODUCER = "aftersales-service";
    private static final Logger LOG = Logger.getLogger(CaseRecorder.class);

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    @Inject
    ScheduledReplies later;

    /** A reply into the origin's conversation, answering the customer's message when there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void say(Origin origin, Reply reply) {
        outbox.publish(
                Topics.REPLIES,
                origin.event(
                        Actor.bot,
                        new BotReplied(reply.text(), origin.intent(), reply.quickReplies(), origin.inReplyTo())));
    }

    /** @param row the stored case the turn continues; null when the turn opened a new one (or has none) */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Origin origin, CaseEntity row, Turn turn) {
        Instant now = clock.instant();
        ComplaintCase c = turn.kase();
        if (c != null) {
            if (turn.opened() || row == null) {
                c.conversationId = origin.conversationId();
                row = CaseEntity.create(c, now);
            } else {
                row.record(c, now);
            }
            UUID id = row.caseId;
            turn.notes().forEach(n -> CaseHistoryEntity.add(id, now, n.step(), n.note()));
        }
        turn.replies().forEach(r -> say(origin, r));
        if (c == null) {
            return;
        }
        String[] tags = {"category", c.category.name(), "severity", c.severity(), "shop", c.shopId};
        if (turn.opened()) {
            outbox.publish(
                    Topics.AFTERSALES_EVENTS,
                    origin.event(
                            origin.actor(),
                            new ComplaintOpened(
                                    c.caseId,
                                    c.orderId,
                                    c.productId,
                                    c.category.name(),
                                    c.severity(),
                                    c.request.wire())));
            metrics.counter("dianxiaoer.complaints", tags).increment();
        }
        if (!turn.escalate().isEmpty()) {
            BigDecimal total = c.orderId == null
                    ? null
                    : OrderFactEntity.of(c.shopId, c.orderId)
                            .map(o -> o.total())
                            .orElse(null);
            outbox.publish(
                    Topics.AFTERSALES_EVENTS,
                    origin.event(
                            origin.actor(),
                            new ComplaintEscalated(
                                    c.caseId,
                                    c.orderId,
                                    c.category.name(),
                                    c.reasons.stream().map(Enum::name).sorted().toList(),
                                    total)));
            metrics.counter("dianxiaoer.escalations", tags).increment();
            LOG.warnf("case %s of shop %s escalated: %s", c.caseId, c.shopId, c.reasons);
        }
        if (turn.resolution() != null) {
            Turn.Resolution r = turn.resolution();
            outbox.publish(
                    Topics.AFTERSALES_EVENTS,
                    origin.event(
                            origin.actor(),
                            new ComplaintResolved(
                                    c.caseId,
                                    c.orderId,
                                    c.category.name(),
                                    c.severity(),
                                    r.kind(),
                                    r.compensations().stream()
                                            .map(Compensation::kind)
                                            .toList(),
                                    r.amount(),
                                    r.shopPaysReturnShipping())));
            // The coupon the reply promised goes to the shop's systems, which put it into the customer's account.
            r.compensations().stream()
                    .filter(g -> "coupon".equals(g.kind()))
                    .forEach(g -> outbox.publish(
                            Topics.AFTERSALES_EVENTS,
                            origin.event(
                                    Actor.system,
                                    new ShopTaskRequested(
                                            "grant_coupon",
                                            c.orderId,
                                            c.caseId,
                                            null,
                                            null,
                                            g.amount(),
                                            "an apology for a " + c.category.name() + " case"))));
            Reply q = ComplaintDesk.satisfactionQuestion(c);
            later.publishAt(
                    now.plus(config.satisfactionDelay()),
                    Topics.REPLIES,
                    origin.in(c.conversationId)
                            .event(Actor.bot, new BotReplied(q.text(), null, q.quickReplies(), null)));
        }
        if (turn.satisfaction() != null) {
            outbox.publish(
                    Topics.AFTERSALES_EVENTS,
                    origin.event(
                            origin.actor(),
                            new SatisfactionRecorded(c.caseId, c.orderId, c.category.name(), turn.satisfaction())));
        }
    }
}
