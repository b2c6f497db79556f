package com.dianxiaoer.negotiation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bargaining over one product in one conversation stands: how many times the customer has pushed,
 * what they have won, whether the supervisor has been asked, and whether it ended.
 */
public record NegotiationState(String productId, int round, int priceSteps, List<Concession> concessions,
                               boolean supervisorConsulted, Status status, BigDecimal agreedPrice) {

    public enum Status { open, agreed, ended }

    public NegotiationState {
        concessions = List.copyOf(concessions);
    }

    public static NegotiationState start(String productId) {
        return new NegotiationState(productId, 0, 0, List.of(), false, Status.open, null);
    }

    public BigDecimal offerPrice(PricePolicy policy) {
        return policy.priceAfterSteps(priceSteps);
    }

    public List<String> gifts() {
        return concessions.stream().filter(c -> c.kind() == Concession.Kind.gift).map(Concession::gift).toList();
    }

    public boolean freeShipping() {
        return concessions.stream().anyMatch(c -> c.kind() == Concession.Kind.free_shipping);
    }

    NegotiationState pushed() {
        return new NegotiationState(productId, round + 1, priceSteps, concessions, supervisorConsulted, status, agreedPrice);
    }

    NegotiationState with(Concession concession) {
        List<Concession> more = new ArrayList<>(concessions);
        more.add(concession);
        int steps = concession.kind() == Concession.Kind.price ? priceSteps + 1 : priceSteps;
        return new NegotiationState(productId, round, steps, more, supervisorConsulted, status, agreedPrice);
    }

    NegotiationState consultedSupervisor() {
        return new NegotiationState(productId, round, priceSteps, concessions, true, status, agreedPrice);
    }

    /** The deal is made at this unit price: what a later "好的" or push is held to. */
    NegotiationState agreedAt(BigDecimal unitPrice) {
        return new NegotiationState(productId, round, priceSteps, concessions, supervisorConsulted, Status.agreed, unitPrice);
    }

    NegotiationState closed(Status how) {
        return new NegotiationState(productId, round, priceSteps, concessions, supervisorConsulted, how, agreedPrice);
    }
}
