package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Acknowledgements;
import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.Intent;
import java.util.List;
import java.util.Optional;

/**
 * What the front desk takes a message to be, before it decides who answers: what the classifier read, corrected by
 * what the conversation makes plain. A button's words and a request for a person mean what they say; a bare "嗯嗯" in a
 * stage's conversation belongs to that stage; a reading torn
 * between two requests of one stage is that stage's; a product picked after "哪一款?" answers the question asked; a
 * question about the photos is one about authenticity.
 *
 * @param text the words to answer: for a product picked after a question, the question together with the pick
 */
record Understanding(Classification reading, String text) {
    static final List<Intent> FRONT_DESK_QUESTIONS = List.of(Intent.stock, Intent.size_spec, Intent.authenticity);

    static Understanding of(
            ConversationState state, Classification reading, String customerText, Optional<Product> named) {
        Optional<Intent> outright = Routing.saidOutright(customerText);
        if (outright.isPresent() && outright.get() != reading.intent()) {
            reading = as(outright.get(), reading);
        }
        reading = torn(reading, state.stage());
        if (FrontDesk.isStage(state.stage())
                && reading.intent().isRequest()
                && Routing.ownerOf(reading.intent()) != state.stage()
                && Acknowledgements.only(customerText)) {
            // "嗯嗯" after the last offer accepts what the stage said; it opens nothing elsewhere, whatever the context
            // made of it.
            return new Understanding(as(Intent.acknowledgement, reading), customerText);
        }
        if (named.isPresent() && picksAProduct(state, customerText, named.get())) {
            if (state.lastRequest() == null) {
                return new Understanding(as(Intent.other, reading), customerText); // named, nothing asked: introduced
            }
            if (FRONT_DESK_QUESTIONS.contains(state.lastRequest())) {
                // Read together with the question: the height it gave, the size it named.
                String question = state.lastRequestText() == null ? "" : state.lastRequestText() + " ";
                return new Understanding(as(state.lastRequest(), reading), question + customerText);
            }
            if (state.lastRequest() == Intent.promotion || state.lastRequest() == Intent.bargain) {
                return new Understanding(as(Intent.promotion, reading), customerText); // "哪一款的价格?" answered
            }
            return new Understanding(as(reading.intent(), reading), customerText);
        }
        if (reading.intent() == Intent.other && ProductAnswers.asksAboutPhotos(customerText)) {
            return new Understanding(as(Intent.authenticity, reading), customerText); // "会色差吗"
        }
        return new Understanding(reading, customerText);
    }

    private static Classification as(Intent intent, Classification reading) {
        return new Classification(intent, 1.0, List.of(), reading.entities(), reading.complaintCategory());
    }

    /** A product button the last reply offered, or a message that is nothing but a product's name or keyword. */
    private static boolean picksAProduct(ConversationState state, String text, Product product) {
        String bare =
                text.strip().replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s~～]|^(那|就|要|看看|这个|那个)+|(吧|呢|啊|呀|的)+$", "");
        return state.lastQuickReplies().contains(text.strip())
                || bare.equals(product.name())
                || product.keywords().contains(bare);
    }

    /**
     * A reading torn between two requests of one stage ("催一下": 物流到哪了 or 什么时候发货?) is that stage's to answer,
     * with both in hand: a choice between them would only delay the answer.
     */
    private static Classification torn(Classification reading, Stage owner) {
        if (reading.intent() != Intent.other) {
            return reading;
        }
        List<Classification.Scored> candidates = choices(reading);
        if (candidates.size() < 2) {
            return reading;
        }
        Stage first = Routing.ownerOf(candidates.get(0).intent());
        if (!FrontDesk.isStage(first) || Routing.ownerOf(candidates.get(1).intent()) != first) {
            return reading;
        }
        if (first == owner && reading.confidence() > candidates.get(0).score()) {
            // "我想问下订单的事" while ordering: the best reading is no request at all, the two only its runners-up. The
            // stage places it itself (its menu) rather than hear the first as if it had been asked. Elsewhere the pair
            // still names the stage to go to.
            return new Classification(
                    Intent.other, reading.confidence(), List.of(), reading.entities(), reading.complaintCategory());
        }
        return new Classification(
                candidates.get(0).intent(),
                candidates.get(0).score(),
                List.of(candidates.get(1)),
                reading.entities(),
                reading.complaintCategory());
    }

    /** The two requests a torn reading hesitates between, best first (fewer when it names fewer). */
    static List<Classification.Scored> choices(Classification reading) {
        return reading.alternatives().stream()
                .filter(a -> a.intent() != Intent.other && a.intent() != Intent.acknowledgement)
                .limit(2)
                .toList();
    }
}
