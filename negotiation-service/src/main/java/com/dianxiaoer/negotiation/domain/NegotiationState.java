package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bargaining over one product in one conversation stands, and what the bot has said in it: the price
 * on the table, the price it called the lowest (never undercut afterwards), the shopper's kind and last offer,
 * what was conceded and what that cost, and the last line sent (never sent twice in a row).
 *
 * @param offer         the unit price the bot stands by now; null until it names one (the starting price)
 * @param lowest        the unit price the bot called its lowest for {@code lowestQuantity} or fewer items, or null
 * @param theirs        the unit price the shopper last named, or null
 * @param giftSpent     what the gifts and free shipping given cost the shop, in yuan
 * @param lastLine      the key of the phrasing last sent
 */
public record NegotiationState(
        String productId,
        Status status,
        int round,
        BargainerType bargainer,
        int quantity,
        BigDecimal offer,
        BigDecimal lowest,
        int lowestQuantity,
        BigDecimal theirs,
        List<Concession> concessions,
        BigDecimal giftSpent,
        boolean supervisorConsulted,
        BigDecimal agreedPrice,
        String lastLine) {

    public enum Status {
        open,
        agreed,
        ended
    }

    public NegotiationState {
        status = status == null ? Status.open : status;
        bargainer = bargainer == null ? BargainerType.flat : bargainer;
        quantity = Math.max(1, quantity);
        concessions = concessions == null ? List.of() : List.copyOf(concessions);
        giftSpent = giftSpent == null ? BigDecimal.ZERO : giftSpent;
    }

    public static NegotiationState start(String productId) {
        return new NegotiationState(
                productId,
                Status.open,
                0,
                BargainerType.flat,
                1,
                null,
                null,
                0,
                null,
                List.of(),
                BigDecimal.ZERO,
                false,
                null,
                null);
    }

    /**
     * The price on the table for the current quantity: never over the starting price, and never under what the
     * policy allows now (a floor raised or a list price cut since it was named).
     */
    public BigDecimal offerPrice(PricePolicy policy) {
        BigDecimal start = policy.startingPrice(quantity);
        return offer == null ? start : offer.max(policy.lowestPrice(quantity)).min(start);
    }

    /** The least the bot may still name: the policy's lowest, or the price it already called the lowest. */
    public BigDecimal limit(PricePolicy policy) {
        BigDecimal byPolicy = policy.lowestPrice(quantity);
        return lowest != null && quantity <= lowestQuantity ? byPolicy.max(lowest) : byPolicy;
    }

    public boolean finalOfferMade() {
        return lowest != null && quantity <= lowestQuantity;
    }

    public List<String> gifts() {
        return concessions.stream()
                .filter(c -> c.kind() == Concession.Kind.gift)
                .map(Concession::gift)
                .toList();
    }

    public boolean freeShipping() {
        return concessions.stream().anyMatch(c -> c.kind() == Concession.Kind.free_shipping);
    }

    /**
     * The shopper spoke: one more push when they bargain, their kind remembered (a specific kind outlasts a
     * plain "too expensive"), their price and the quantity they named kept. For a new quantity, the unit price on
     * the table stays where it was when the policy allows it there, else it is that quantity's own.
     */
    NegotiationState heard(CustomerMove move, boolean push, PricePolicy policy) {
        BargainerType kind = move.bargainer() == BargainerType.flat ? bargainer : move.bargainer();
        int qty = move.quantityNamed() ? move.quantity() : quantity;
        BigDecimal table = offer;
        if (qty != quantity && offer != null) {
            table = offer.max(policy.lowestPrice(qty)).min(policy.startingPrice(qty));
        }
        BigDecimal named = move.targetUnitPrice() != null ? move.targetUnitPrice() : qty == quantity ? theirs : null;
        return new NegotiationState(
                productId,
                status,
                push ? round + 1 : round,
                kind,
                qty,
                table,
                lowest,
                lowestQuantity,
                named,
                concessions,
                giftSpent,
                supervisorConsulted,
                agreedPrice,
                lastLine);
    }

    /** The bot now stands by this unit price; a lower one than before is a price concession. */
    NegotiationState offering(BigDecimal unitPrice, PricePolicy policy) {
        List<Concession> more = new ArrayList<>(concessions);
        if (unitPrice.compareTo(offerPrice(policy)) < 0) {
            more.add(Concession.price(unitPrice));
        }
        return new NegotiationState(
                productId,
                status,
                round,
                bargainer,
                quantity,
                unitPrice,
                lowest,
                lowestQuantity,
                theirs,
                more,
                giftSpent,
                supervisorConsulted,
                agreedPrice,
                lastLine);
    }

    NegotiationState giving(Concession concession, BigDecimal cost) {
        List<Concession> more = new ArrayList<>(concessions);
        more.add(concession);
        return new NegotiationState(
                productId,
                status,
                round,
                bargainer,
                quantity,
                offer,
                lowest,
                lowestQuantity,
                theirs,
                more,
                giftSpent.add(cost),
                supervisorConsulted,
                agreedPrice,
                lastLine);
    }

    /** The supervisor has been asked and the bot called {@code unitPrice} its lowest: nothing lower from now on. */
    NegotiationState lastOffer(BigDecimal unitPrice) {
        return new NegotiationState(
                productId,
                status,
                round,
                bargainer,
                quantity,
                unitPrice,
                unitPrice,
                quantity,
                theirs,
                concessions,
                giftSpent,
                true,
                agreedPrice,
                lastLine);
    }

    NegotiationState said(String line) {
        return new NegotiationState(
                productId,
                status,
                round,
                bargainer,
                quantity,
                offer,
                lowest,
                lowestQuantity,
                theirs,
                concessions,
                giftSpent,
                supervisorConsulted,
                agreedPrice,
                line);
    }

    /** The deal is made at this unit price: what a later "好的" or push is held to. */
    NegotiationState agreedAt(BigDecimal unitPrice) {
        return new NegotiationState(
                productId,
                Status.agreed,
                round,
                bargainer,
                quantity,
                unitPrice,
                lowest,
                lowestQuantity,
                theirs,
                concessions,
                giftSpent,
                supervisorConsulted,
                unitPrice,
                lastLine);
    }

    NegotiationState closed() {
        return new NegotiationState(
                productId,
                Status.ended,
                round,
                bargainer,
                quantity,
                offer,
                lowest,
                lowestQuantity,
                theirs,
                concessions,
                giftSpent,
                supervisorConsulted,
                agreedPrice,
                lastLine);
    }

    /**
     * A shopper who comes back after leaving, or who wants another quantity after a deal, bargains on from where
     * it stood: what was offered, given and said stays so.
     */
    NegotiationState reopened() {
        return new NegotiationState(
                productId,
                Status.open,
                round,
                bargainer,
                quantity,
                offer,
                lowest,
                lowestQuantity,
                theirs,
                concessions,
                giftSpent,
                supervisorConsulted,
                null,
                lastLine);
    }
}
