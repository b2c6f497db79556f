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
public record NegotiationState(String productId, Status status, int round, BargainerType bargainer, int quantity,
                               BigDecimal offer, BigDecimal lowest, int lowestQuantity, BigDecimal theirs,
                               List<Concession> concessions, BigDecimal giftSpent, boolean supervisorConsulted,
                               BigDecimal agreedPrice, String lastLine) {

    public enum Status { open, agreed, ended }

    public NegotiationState {
        status = status == null ? Status.open : status;
        bargainer = bargainer == null ? BargainerType.flat : bargainer;
        quantity = Math.max(1, quantity);
        concessions = concessions == null ? List.of() : List.copyOf(concessions);
        giftSpent = giftSpent == null ? BigDecimal.ZERO : giftSpent;
    }

    public static NegotiationState start(String productId) {
        return new NegotiationState(productId, Status.open, 0, BargainerType.flat, 1, null, null, 0, null, List.of(),
                BigDecimal.ZERO, false, null, null);
    }

    /** The price on the table for the current quantity. */
    public BigDecimal offerPrice(PricePolicy policy) {
        return offer == null ? policy.startingPrice(quantity) : offer;
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
        return concessions.stream().filter(c -> c.kind() == Concession.Kind.gift).map(Concession::gift).toList();
    }

    public boolean freeShipping() {
        return concessions.stream().anyMatch(c -> c.kind() == Concession.Kind.free_shipping);
    }

    /**
     * The shopper spoke: one more push when they bargain, their kind remembered (a specific kind outlasts a
     * plain "too expensive"), their price and quantity kept. A new quantity puts its own starting price on the table.
     */
    NegotiationState heard(CustomerMove move, boolean push) {
        BargainerType kind = move.bargainer() == BargainerType.flat ? bargainer : move.bargainer();
        int qty = move.quantity() > 1 || move.kind() == CustomerMove.Kind.quantity_question ? move.quantity() : quantity;
        BigDecimal table = qty == quantity ? offer : null;
        BigDecimal named = move.targetUnitPrice() != null ? move.targetUnitPrice() : qty == quantity ? theirs : null;
        return new NegotiationState(productId, status, push ? round + 1 : round, kind, qty, table, lowest, lowestQuantity,
                named, concessions, giftSpent, supervisorConsulted, agreedPrice, lastLine);
    }

    /** The bot now stands by this unit price; a lower one than before is a price concession. */
    NegotiationState offering(BigDecimal unitPrice, PricePolicy policy) {
        List<Concession> more = new ArrayList<>(concessions);
        if (unitPrice.compareTo(offerPrice(policy)) < 0) {
            more.add(Concession.price(unitPrice));
        }
        return new NegotiationState(productId, status, round, bargainer, quantity, unitPrice, lowest, lowestQuantity, theirs,
                more, giftSpent, supervisorConsulted, agreedPrice, lastLine);
    }

    NegotiationState giving(Concession concession, BigDecimal cost) {
        List<Concession> more = new ArrayList<>(concessions);
        more.add(concession);
        return new NegotiationState(productId, status, round, bargainer, quantity, offer, lowest, lowestQuantity, theirs,
                more, giftSpent.add(cost), supervisorConsulted, agreedPrice, lastLine);
    }

    /** The supervisor has been asked and the bot called {@code unitPrice} its lowest: nothing lower from now on. */
    NegotiationState lastOffer(BigDecimal unitPrice) {
        return new NegotiationState(productId, status, round, bargainer, quantity, unitPrice, unitPrice, quantity, theirs,
                concessions, giftSpent, true, agreedPrice, lastLine);
    }

    NegotiationState said(String line) {
        return new NegotiationState(productId, status, round, bargainer, quantity, offer, lowest, lowestQuantity, theirs,
                concessions, giftSpent, supervisorConsulted, agreedPrice, line);
    }

    /** The deal is made at this unit price: what a later "好的" or push is held to. */
    NegotiationState agreedAt(BigDecimal unitPrice) {
        return new NegotiationState(productId, Status.agreed, round, bargainer, quantity, unitPrice, lowest, lowestQuantity,
                theirs, concessions, giftSpent, supervisorConsulted, unitPrice, lastLine);
    }

    NegotiationState closed() {
        return new NegotiationState(productId, Status.ended, round, bargainer, quantity, offer, lowest, lowestQuantity, theirs,
                concessions, giftSpent, supervisorConsulted, agreedPrice, lastLine);
    }

    /**
     * A shopper who comes back after leaving bargains afresh, but what was said stays said: the lowest price, the
     * shopper's kind and the last line.
     */
    NegotiationState reopened() {
        BigDecimal table = quantity == lowestQuantity ? lowest : null;
        return new NegotiationState(productId, Status.open, 0, bargainer, quantity, table, lowest, lowestQuantity, null,
                List.of(), BigDecimal.ZERO, lowest != null, null, lastLine);
    }
}
