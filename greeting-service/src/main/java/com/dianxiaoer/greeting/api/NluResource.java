package com.dianxiaoer.greeting.api;

import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.Entity;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.TurnContext;
import com.dianxiaoer.web.ApiException;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The classifier as a service, for ops and evaluation tools; behind the ops API key where one is configured. */
@Path("/api/v1/nlu/classify")
@Tag(name = "nlu")
public class NluResource {
    @Inject
    IntentClassifier classifier;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Classify a message",
            description = "intent 'other' with alternatives means the customer would be asked to choose."
                    + " The optional context (the stage that owns the conversation, the intent of the customer's last request, the bot's previous"
                    + " turn) is read as the front desk reads it: a bare '安徽' after '请问新地址是哪里?' is address_change.")
    public ClassifyResponse classify(@Valid @NotNull(message = "send a JSON body with text") ClassifyRequest request) {
        TurnContext context = request.context() == null
                ? TurnContext.NONE
                : new TurnContext(
                        request.context().stage(),
                        request.context().lastRequest() == null
                                ? null
                                : Intent.parse(request.context().lastRequest())
                                        .orElseThrow(() -> ApiException.badRequest(
                                                "invalid_intent",
                                                "lastRequest is not an intent: "
                                                        + request.context().lastRequest())),
                        request.context().previousTurn());
        Classification c = classifier.classify(request.shopId(), request.text(), context);
        return new ClassifyResponse(
                c.intent().name(),
                round(c.confidence()),
                c.alternatives().stream()
                        .map(s -> new Alternative(s.intent().name(), round(s.score())))
                        .toList(),
                c.entities(),
                c.complaintCategory());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public record ClassifyRequest(
            @NotBlank @Size(max = 2000) String text,
            @Size(max = 64) String shopId,
            @Valid Context context) {}

    /** What the conversation says before the message: the owning stage, its last request, what the bot (or a person) last said. */
    public record Context(
            @Pattern(
                    regexp = "greeting|negotiation|order|aftersales|human",
                    message = "stage is one of greeting, negotiation, order, aftersales, human")
            String stage,

            @Size(max = 32) String lastRequest,
            @Size(max = 2000) String previousTurn) {}

    /** {@code complaintCategory}: for a complaint or return, what it is about, when the model reads it (else absent). */
    public record ClassifyResponse(
            String intent,
            double confidence,
            List<Alternative> alternatives,
            List<Entity> entities,
            @JsonInclude(JsonInclude.Include.NON_NULL) String complaintCategory) {}

    public record Alternative(String intent, double score) {}
}
