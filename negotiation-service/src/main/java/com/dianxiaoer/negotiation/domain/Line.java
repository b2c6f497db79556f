package com.dianxiaoer.negotiation.domain;

import java.util.List;

/**
 * One reply chosen from several phrasings of the same move. The choice turns with the round, and skips the
 * phrasing sent last, so a shopper who asks again never reads the same sentence twice in a row.
 */
record Line(String key, String text) {

    static Line pick(String move, NegotiationState state, List<String> phrasings) {
        int n = phrasings.size();
        int i = Math.floorMod(state.round() + move.length(), n);
        if ((move + "#" + i).equals(state.lastLine()) && n > 1) {
            i = (i + 1) % n;
        }
        return new Line(move + "#" + i, phrasings.get(i));
    }
}
