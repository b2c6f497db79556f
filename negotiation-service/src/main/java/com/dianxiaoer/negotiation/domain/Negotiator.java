package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bargains like the shop's best agent (PLAYBOOK.md §4), to close the sale at the best price the shopper will
 * pay. The first push hears the product's value in the line that fits the shopper's kind, with the promotions
 * and what they make the price. Later pushes win concessions in shrinking steps toward what the shop's
 * {@link BargainingStyle} holds back; then the supervisor is asked and comes back with the last offer, the lowest
 * price the policy allows and a gift within the budget. A price the shopper names is always heard: met when it
 * is no less than what the bot would concede next, countered between the two otherwise. Once a price was called
 * the lowest nothing lower is named or accepted, and no price ever makes the amount paid fall under the floor.
 */
public final class Negotiator {
    private final PricePolicy policy;
    private final BargainingStyle style;
    private final List<ShopItem> catalogue;
    private final Replies say;

    public Negotiator(PricePolicy policy, BargainingStyle style, List<ShopItem> catalogue) {
        this.policy = policy;
        this.style = style;
        this.catalogue = List.copyOf(catalogue);
        this.say = new Replies(policy);
    }

    /** For a message that names no product the shop has a policy for: ask, with the products as buttons. */
    public static Turn.Reply askWhichProduct(List<PricePolicy> shop) {
        return new Turn.Reply(
                "亲，您想问的是哪一款的价格呢？告诉我商品名称，我帮您看看现在有什么优惠～",
                shop.stream().map(PricePolicy::productName).limit(4).toList());
    }

    public Turn respond(NegotiationState before, CustomerMove said) {
        CustomerMove move = said.inBargainFor(before.quantity(), policy.listPrice());
        boolean otherQuantity = before.status() == NegotiationState.Status.agreed
                && move.quantityNamed()
                && move.quantity() != before.quantity();
        NegotiationState state =
                before.status() == NegotiationState.Status.ended || otherQuantity ? before.reopened() : before;
        boolean push = move.kind() == CustomerMove.Kind.bargain && state.status() == NegotiationState.Status.open;
        state = state.heard(move, push, policy);
        if (state.status() == NegotiationState.Status.agreed) {
            return afterDeal(state, move);
        }
        boolean soldOut = catalogue.stream().anyMatch(i -> i.productId().equals(policy.productId()) && i.soldOut());
        if (soldOut && move.kind() != CustomerMove.Kind.walk_away) {
            return turn(
                    state, say.soldOut(state, cheaperItems(policy.listPrice().add(BigDecimal.ONE))));
        }
        return switch (move.kind()) {
            case accept -> deal(state, state.offerPrice(policy), "yes");
            case walk_away -> walkAway(state);
            case promotion_question -> turn(state, say.promotions(state));
            case quantity_question -> turn(state, say.quantity(state));
            case cheaper_items -> turn(state, say.cheaper(state, cheaperItems(state.offerPrice(policy))));
            case filler -> turn(state, say.restate(state));
            case bargain -> move.targetUnitPrice() == null ? push(state) : counter(state, move.targetUnitPrice());
        };
    }

    /** A push with no price named. */
    private Turn push(NegotiationState state) {
        if (state.finalOfferMade()) {
            return turn(state, say.firm(state, cheaperItems(state.offerPrice(policy))));
        }
        if (state.round() <= 1) {
            return turn(state, say.value(state, cheaperItems(state.offerPrice(policy))));
        }
        if (state.round() <= style.rounds()) {
            return concede(state, null);
        }
        return supervisor(state, null);
    }

    /**
     * A price the shopper named. Met when paying it is no more than what is on the table, or when it is no less
     * than the next concession (or close to it, or the rounds are over); countered halfway otherwise; under the
     * limit, answered with the next move of the strategy.
     */
    private Turn counter(NegotiationState state, BigDecimal theirs) {
        int q = state.quantity();
        BigDecimal table = state.offerPrice(policy);
        BigDecimal limit = state.limit(policy);
        if (theirs.compareTo(table) >= 0) {
            return deal(state, table, "yes");
        }
        if (theirs.multiply(BigDecimal.valueOf(q))
                        .subtract(policy.payable(table, q))
                        .abs()
                        .compareTo(BigDecimal.ONE)
                < 0) {
            return deal(state, table, "paid"); // the amount the bot said the shopper pays, said back
        }
        if (policy.payable(table, q).compareTo(policy.payable(theirs, q)) <= 0) {
            return deal(state, table, "already");
        }
        if (theirs.compareTo(limit) < 0) {
            if (state.finalOfferMade()) {
                return turn(state, say.firm(state, cheaperItems(theirs)));
            }
            if (state.round() > style.rounds()) {
                return supervisor(state, theirs);
            }
            return state.round() <= 1
                    ? turn(state, say.value(state, theirs, cheaperItems(theirs)))
                    : concede(state, theirs);
        }
        BigDecimal next = nextConcession(state);
        boolean close = next.subtract(theirs).compareTo(smallGap()) <= 0;
        if (theirs.compareTo(next) >= 0 || close || state.round() > style.rounds() || state.finalOfferMade()) {
            return deal(state, theirs, "met");
        }
        BigDecimal halfway = theirs.add(table).divide(BigDecimal.valueOf(2), 0, RoundingMode.CEILING);
        BigDecimal price = halfway.min(next)
                .max(limit)
                .max(theirs.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE))
                .min(table);
        NegotiationState countered = state.offering(price, policy);
        return turn(countered, say.counter(countered, theirs));
    }

    /**
     * What the strategy would give at this push: the next step of the schedule that is under the price on the
     * table (a counter may have passed some), or the limit once the rounds are over or the steps are used up.
     */
    private BigDecimal nextConcession(NegotiationState state) {
        return nextStep(state).orElse(state.limit(policy));
    }

    private Optional<BigDecimal> nextStep(NegotiationState state) {
        if (state.round() > style.rounds()) {
            return Optional.empty();
        }
        BigDecimal table = state.offerPrice(policy);
        BigDecimal start = policy.startingPrice(state.quantity());
        BigDecimal limit = state.limit(policy);
        for (int move = Math.max(1, state.round() - 1); move < style.rounds(); move++) {
            BigDecimal step = style.afterMove(move, start, policy.lowestPrice(state.quantity()))
                    .max(limit);
            if (step.compareTo(table) < 0) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The shopper already offered at least what the bot is about to concede: their price is taken instead. */
    private boolean offeredAlready(NegotiationState state, BigDecimal concession) {
        BigDecimal theirs = state.theirs();
        return theirs != null
                && theirs.compareTo(concession) >= 0
                && theirs.compareTo(state.limit(policy)) >= 0
                && theirs.compareTo(state.offerPrice(policy)) < 0;
    }

    /** Gaps this small are not worth a round of haggling: 1% of the price, at least ¥2. */
    private BigDecimal smallGap() {
        return policy.listPrice().multiply(new BigDecimal("0.01")).max(BigDecimal.valueOf(2));
    }

    /**
     * An ordinary concession: the next price step; a token gift first for a bargain hunter (the playbook's
     * answer to them), and whenever no step is left before the last offer (a shop that cannot move the price, a
     * firm aspiration, a counter that went past the steps). With nothing to give, the price is held until the
     * rounds are over.
     */
    private Turn concede(NegotiationState state, BigDecimal theirs) {
        Optional<BigDecimal> next = nextStep(state);
        Optional<Token> token = nextToken(state);
        boolean tokenFirst = state.bargainer() == BargainerType.bargain_hunter
                && state.gifts().isEmpty()
                && state.round() <= 2;
        if (token.isPresent() && (tokenFirst || next.isEmpty())) {
            NegotiationState given = token.get().giveTo(state);
            return turn(given, say.token(given, token.get().concession(), theirs));
        }
        if (next.isEmpty()) {
            return turn(state, say.hold(state, theirs));
        }
        if (offeredAlready(state, next.get())) {
            return deal(state, state.theirs(), "met");
        }
        NegotiationState stepped = state.offering(next.get(), policy);
        return turn(stepped, say.step(stepped, theirs));
    }

    /**
     * "Let me ask my supervisor": an answer now, and after the pause the last offer: the limit, and a gift or the
     * shipping if the budget allows. The price is called the lowest, and held from then on.
     */
    private Turn supervisor(NegotiationState state, BigDecimal theirs) {
        if (offeredAlready(state, state.limit(policy))) {
            return deal(state, state.theirs(), "met");
        }
        NegotiationState last = state.offering(state.limit(policy), policy).lastOffer(state.limit(policy));
        Optional<Token> token = nextToken(last);
        if (token.isPresent()) {
            last = token.get().giveTo(last);
        }
        Line now = say.askSupervisor(last, theirs);
        boolean priceMoved = state.limit(policy).compareTo(state.offerPrice(policy)) < 0;
        Replies.Said later = say.lastOffer(last.said(now.key()), token.map(Token::concession), priceMoved);
        return new Turn(
                last.said(later.line().key()),
                List.of(reply(now, List.of())),
                reply(later.line(), List.of(Replies.ACCEPT, Replies.CHEAPER)),
                later.offers(),
                null,
                null);
    }

    /** A shopper about to leave is asked to wait for the supervisor once; after that, let go warmly. */
    private Turn walkAway(NegotiationState state) {
        boolean somethingLeft = state.limit(policy).compareTo(state.offerPrice(policy)) < 0
                || nextToken(state).isPresent();
        if (state.round() >= 1 && !state.supervisorConsulted() && somethingLeft) {
            return supervisor(state, null);
        }
        Line bye = say.goodbye(state);
        return new Turn(
                state.closed().said(bye.key()), List.of(reply(bye, List.of())), null, List.of(), null, "customer_left");
    }

    private Turn afterDeal(NegotiationState state, CustomerMove move) {
        return switch (move.kind()) {
            case walk_away -> {
                Line bye = say.goodbye(state);
                yield new Turn(
                        state.closed().said(bye.key()),
                        List.of(reply(bye, List.of())),
                        null,
                        List.of(),
                        null,
                        "customer_left");
            }
            case cheaper_items -> turn(state, say.cheaper(state, cheaperItems(state.agreedPrice())));
            case promotion_question -> turn(state, say.promotions(state));
            case quantity_question -> turn(state, say.quantity(state));
            case filler -> turn(state, say.agreed(state, true));
            default -> turn(state, say.agreed(state, move.kind() == CustomerMove.Kind.accept));
        };
    }

    private Turn deal(NegotiationState state, BigDecimal unitPrice, String how) {
        NegotiationState agreed = state.offering(unitPrice, policy).agreedAt(unitPrice);
        int q = agreed.quantity();
        boolean freeShipping = agreed.freeShipping() || policy.shipsFreeFor(unitPrice.multiply(BigDecimal.valueOf(q)));
        Turn.Deal deal = new Turn.Deal(
                policy.productId(),
                policy.productName(),
                q,
                unitPrice,
                policy.payable(unitPrice, q),
                agreed.gifts(),
                freeShipping);
        Replies.Said said = say.deal(agreed, how, freeShipping);
        return new Turn(
                agreed.said(said.line().key()),
                List.of(reply(said.line(), said.quickReplies())),
                null,
                said.offers(),
                deal,
                null);
    }

    /** The next gift in stock not yet given, else free shipping where it costs something: within the budget. */
    private Optional<Token> nextToken(NegotiationState state) {
        BigDecimal left = style.giftBudget().subtract(state.giftSpent());
        Optional<Token> gift = policy.gifts().stream()
                .filter(g -> g.stock() > 0
                        && !state.gifts().contains(g.name())
                        && g.cost().compareTo(left) <= 0)
                .findFirst()
                .map(g -> new Token(Concession.gift(g.name()), g.cost()));
        BigDecimal total = state.offerPrice(policy).multiply(BigDecimal.valueOf(state.quantity()));
        Optional<Token> shipping = policy.shipping() != null
                        && policy.shipping().waivable()
                        && !state.freeShipping()
                        && !policy.shipsFreeFor(total)
                        && policy.shipping().fee().compareTo(left) <= 0
                ? Optional.of(
                        new Token(Concession.freeShipping(), policy.shipping().fee()))
                : Optional.empty();
        return gift.or(() -> shipping);
    }

    private record Token(Concession concession, BigDecimal cost) {
        NegotiationState giveTo(NegotiationState state) {
            return state.giving(concession, cost);
        }
    }

    /** In-stock products of the shop that cost less than {@code price}, the closest first. */
    private List<ShopItem> cheaperItems(BigDecimal price) {
        return catalogue.stream()
                .filter(i -> i.inStock()
                        && !i.productId().equals(policy.productId())
                        && i.listPrice().compareTo(price) < 0)
                .sorted(Comparator.comparing(ShopItem::listPrice).reversed())
                .limit(3)
                .toList();
    }

    private Turn turn(NegotiationState state, Replies.Said said) {
        return new Turn(
                state.said(said.line().key()),
                List.of(reply(said.line(), said.quickReplies())),
                null,
                said.offers(),
                null,
                null);
    }

    private static Turn.Reply reply(Line line, List<String> quickReplies) {
        return new Turn.Reply(line.text(), quickReplies);
    }
}
