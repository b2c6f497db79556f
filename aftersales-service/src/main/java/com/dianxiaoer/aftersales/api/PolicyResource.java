package com.dianxiaoer.aftersales.api;

import com.dianxiaoer.aftersales.domain.AftersalesPolicy;
import com.dianxiaoer.aftersales.domain.Category;
import com.dianxiaoer.aftersales.persistence.Policies;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shop operators set the after-sales rules: return window, item condition, who pays return shipping, compensation limits, working day. */
@Path("/api/v1/admin/shops/{shopId}/aftersales-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "after-sales policy")
public class PolicyResource {
    @Inject
    Policies policies;

    @GET
    @Operation(summary = "The shop's after-sales policy (the defaults when the shop has set none)")
    public AftersalesPolicy get(@PathParam("shopId") String shopId) {
        return policies.of(shopId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or replace the shop's after-sales policy",
            description =
                    "Refused with invalid_policy when it breaks its rules (a return window under 7 days, a coupon above the limit, ...).")
    public Response put(
            @PathParam("shopId") String shopId,
            @Valid @NotNull(message = "send the policy as JSON") PolicyRequest request) {
        Ids.requireShopId(shopId);
        AftersalesPolicy policy = request.toPolicy(shopId);
        List<String> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid_policy", String.join("; ", problems));
        }
        boolean created = policies.save(policy);
        return Response.status(created ? 201 : 200).entity(policies.of(shopId)).build();
    }

    public record PolicyRequest(
            @NotNull Integer noReasonReturnDays,
            @NotBlank @Size(max = 200) String itemCondition,
            @NotNull @Size(max = 10) List<@NotNull Category> shopPaysReturnShippingFor,
            boolean freightInsurance,

            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            BigDecimal couponAmount,

            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            BigDecimal seriousCouponAmount,

            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            BigDecimal maxCouponAmount,

            @Size(min = 1, max = 100) String gift,
            int priceProtectionDays,

            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            BigDecimal maxPartialRefund,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal highValueThreshold,

            @NotBlank @Size(max = 64) String timeZone,
            @NotBlank @Size(max = 5) String dayStart,
            @NotBlank @Size(max = 5) String dayEnd,
            @NotNull Integer followUpMinutes,
            @NotNull Integer refundHours) {

        AftersalesPolicy toPolicy(String shopId) {
            return new AftersalesPolicy(
                    shopId,
                    noReasonReturnDays,
                    itemCondition.strip(),
                    shopPaysReturnShippingFor,
                    freightInsurance,
                    couponAmount,
                    seriousCouponAmount,
                    maxCouponAmount,
                    gift,
                    priceProtectionDays,
                    maxPartialRefund,
                    highValueThreshold,
                    timeZone,
                    dayStart,
                    dayEnd,
                    followUpMinutes,
                    refundHours);
        }
    }
}
