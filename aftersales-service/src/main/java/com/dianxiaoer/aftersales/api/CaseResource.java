package com.dianxiaoer.aftersales.api;

import com.dianxiaoer.aftersales.app.ResolveCase;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.aftersales.persistence.CaseHistoryEntity;
import com.dianxiaoer.web.ApiException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shop's operators see the cases that need them (open, overdue, escalated) with their history, and settle followed ones. */
@Path("/api/v1/admin/shops/{shopId}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "after-sales cases")
public class CaseResource {
    private static final Map<String, String> FILTERS = Map.of(
            "open", "shopId = ?1 and step in ('heard', 'asking_facts', 'following')",
            "overdue", "shopId = ?1 and overdue = true and step in ('heard', 'asking_facts', 'following')",
            "escalated", "shopId = ?1 and escalated = true",
            "resolved", "shopId = ?1 and step in ('resolved', 'closed')",
            "all", "shopId = ?1");

    @Inject
    ResolveCase resolutions;

    @GET
    @Transactional
    @Operation(
            summary =
                    "The shop's cases: state=open (default), overdue, escalated, resolved or all; newest first, at most 200")
    public List<CaseView> list(
            @PathParam("shopId") String shopId, @QueryParam("state") @DefaultValue("open") String state) {
        String filter = FILTERS.get(state);
        if (filter == null) {
            throw ApiException.badRequest(
                    "invalid_state", "state must be one of open, overdue, escalated, resolved, all");
        }
        List<CaseEntity> cases = CaseEntity.<CaseEntity>find(filter + " order by openedAt desc", shopId)
                .page(0, 200)
                .list();
        Map<UUID, List<HistoryLine>> history = CaseHistoryEntity.of(
                        cases.stream().map(c -> c.caseId).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        h -> h.caseId,
                        Collectors.mapping(h -> new HistoryLine(h.at, h.step, h.note), Collectors.toList())));
        return cases.stream()
                .map(c -> CaseView.of(c, history.getOrDefault(c.caseId, List.of())))
                .toList();
    }

    @GET
    @Path("{caseId}")
    @Transactional
    @Operation(summary = "One case with its history")
    public CaseView one(@PathParam("shopId") String shopId, @PathParam("caseId") String caseId) {
        CaseEntity c = find(shopId, caseId);
        return CaseView.of(
                c,
                CaseHistoryEntity.of(List.of(c.caseId)).stream()
                        .map(h -> new HistoryLine(h.at, h.step, h.note))
                        .toList());
    }

    @POST
    @Path("{caseId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Settle a case the bot is following: the customer is told the outcome in these words",
            description = "409 case_not_open when the case was already settled.")
    public CaseView resolve(
            @PathParam("shopId") String shopId,
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "send the outcome as JSON") ResolveRequest request) {
        find(shopId, caseId);
        resolutions.resolve(UUID.fromString(caseId), request.resolution(), request.message());
        return one(shopId, caseId);
    }

    private static CaseEntity find(String shopId, String caseId) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("case_not_found", "no case " + caseId);
        }
        CaseEntity c = CaseEntity.findById(id);
        if (c == null || !c.shopId.equals(shopId)) {
            throw ApiException.notFound("case_not_found", "no case " + caseId + " in shop " + shopId);
        }
        return c;
    }

    public record ResolveRequest(
            @NotBlank
            @Pattern(
                    regexp = "return|refund|exchange|replacement|reship|price_difference|apology|operator",
                    message =
                            "must be one of return, refund, exchange, replacement, reship, price_difference, apology, operator")
            String resolution,

            @NotBlank @Size(max = 500) String message) {}

    public record HistoryLine(Instant at, String step, String note) {}

    public record CaseView(
            String caseId,
            String shopId,
            String conversationId,
            String orderId,
            String productId,
            String category,
            String severity,
            List<String> reasons,
            String step,
            boolean escalated,
            boolean overdue,
            Instant openedAt,
            Instant nextAnswerBy,
            String resolution,
            BigDecimal compensationAmount,
            Integer satisfaction,
            List<HistoryLine> history) {
        static CaseView of(CaseEntity e, List<HistoryLine> history) {
            var c = e.current();
            return new CaseView(
                    e.caseId.toString(),
                    e.shopId,
                    e.conversationId,
                    e.orderId,
                    c.productId,
                    e.category,
                    e.severity,
                    c.reasons.stream().map(Enum::name).sorted().toList(),
                    e.step,
                    e.escalated,
                    e.overdue,
                    e.openedAt,
                    e.nextAnswerBy,
                    c.resolution,
                    c.compensationAmount,
                    c.satisfaction,
                    history);
        }
    }
}
