package com.dianxiaoer.insights.api;

import com.dianxiaoer.insights.app.ShopInsights;
import com.dianxiaoer.insights.domain.ConversationOutcome;
import com.dianxiaoer.insights.domain.ShopFigures;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A shop owner's insights: under the admin paths, so the ops key or the shop's own admin signed in at the workbench
 * opens them (conversation-web's OpsKeyFilter), and one shop's admin sees only that shop.
 */
@Path("/api/v1/admin/shops/{shopId}/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "insights", description = "How a shop's conversations end, and its figures over time")
public class InsightsResource {
    @Inject
    ShopInsights insights;

    @Inject
    Clock clock;

    @GET
    @Path("figures")
    @Operation(
            summary = "The shop's figures per hour or per day",
            description = "Periods without conversations are left out. Defaults: the last 48 hours, or the last 30"
                    + " days.")
    public List<ShopFigures> figures(
            @PathParam("shopId") String shopId,
            @QueryParam("period") @DefaultValue("hour") String period,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Ids.requireShopId(shopId);
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null
                ? end.minus("day".equals(period) ? Duration.ofDays(30) : Duration.ofHours(48))
                : instant("from", from);
        return insights.figures(shopId, period, start, end);
    }

    @GET
    @Path("conversations")
    @Operation(
            summary = "The shop's latest conversations that the bot did not resolve",
            description = "Newest first: disliked, left unanswered, or handed to a person (unresolvedBecause).")
    public List<ConversationOutcome> endedBadly(
            @PathParam("shopId") String shopId, @QueryParam("limit") @DefaultValue("20") int limit) {
        Ids.requireShopId(shopId);
        return insights.endedBadly(shopId, limit);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "invalid_" + name, name + " is an ISO-8601 instant, e.g. 2026-12-03T00:00:00Z");
        }
    }
}
