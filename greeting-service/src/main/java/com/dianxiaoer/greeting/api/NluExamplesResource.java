package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.TeachShopExamples;
import com.dianxiaoer.greeting.persistence.ShopDirectory;
import com.dianxiaoer.nlu.Intent;
import com.dianxiaoer.nlu.IntentClassifier;
import com.dianxiaoer.nlu.IntentModel;
import com.dianxiaoer.web.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop teaches the classifier how its own customers say things; the next message already uses them. */
@Path("/api/v1/admin/shops/{shopId}/nlu-examples")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "nlu")
public class NluExamplesResource {
    static final int MAX_TEXT_LENGTH = 200;

    @Inject
    TeachShopExamples examples;

    @Inject
    ShopDirectory shops;

    @Inject
    IntentClassifier classifier;

    @GET
    @Operation(summary = "The shop's own example utterances, by intent")
    public Map<Intent, List<String>> get(@PathParam("shopId") String shopId) {
        requireShop(shopId);
        return examples.of(shopId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the shop's own example utterances",
            description = "{\"bargain\": [\"能不能少点\"], ...}; intents as in the routing table.")
    public Map<Intent, List<String>> put(
            @PathParam("shopId") String shopId,
            @NotNull(message = "send the examples as {intent: [texts]}") Map<String, List<String>> body) {
        requireShop(shopId);
        if (!classifier.learnsExamples()) {
            throw ApiException.conflict(
                    "classifier_cannot_learn", "the configured classifier does not learn from examples");
        }
        Map<Intent, List<String>> parsed = new EnumMap<>(Intent.class);
        int total = 0;
        for (Map.Entry<String, List<String>> entry : body.entrySet()) {
            Intent intent = Intent.parse(entry.getKey())
                    .orElseThrow(
                            () -> ApiException.badRequest("invalid_intent", "unknown intent '" + entry.getKey() + "'"));
            List<String> texts = entry.getValue() == null ? List.of() : entry.getValue();
            for (String text : texts) {
                if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT_LENGTH) {
                    throw ApiException.badRequest(
                            "invalid_example", "each example is 1-" + MAX_TEXT_LENGTH + " characters of text");
                }
            }
            total += texts.size();
            parsed.put(intent, texts);
        }
        if (total > IntentModel.MAX_SHOP_EXAMPLES) {
            throw ApiException.badRequest(
                    "too_many_examples", "a shop may have at most " + IntentModel.MAX_SHOP_EXAMPLES + " examples");
        }
        return examples.replace(shopId, parsed);
    }

    private void requireShop(String shopId) {
        if (shops.profile(shopId).isEmpty()) {
            throw ApiException.notFound("shop_not_found", "no shop " + shopId);
        }
    }
}
