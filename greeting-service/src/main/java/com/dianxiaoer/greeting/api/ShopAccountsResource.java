package com.dianxiaoer.greeting.api;

import com.dianxiaoer.greeting.app.ShopAccounts;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.Ids;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's operators (the ops key) create a shop's first accounts; the shop's admins add the rest themselves. */
@Path("/api/v1/admin/shops/{shopId}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shop admin")
public class ShopAccountsResource {
    @Inject
    ShopAccounts accounts;

    @GET
    @Operation(summary = "The shop's agent and admin accounts")
    public List<WorkbenchDtos.Account> list(@PathParam("shopId") String shopId) {
        return accounts.ofShop(valid(shopId)).stream()
                .map(WorkbenchDtos.Account::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account of the shop", description = "role agent or shop_admin; 409 username_taken.")
    public Response create(
            @PathParam("shopId") String shopId,
            @Valid @NotNull(message = "send username, name, role and password") WorkbenchDtos.NewAccount request) {
        var created =
                accounts.create(valid(shopId), request.username(), request.name(), request.role(), request.password());
        return Response.status(201).entity(WorkbenchDtos.Account.of(created)).build();
    }

    private static String valid(String shopId) {
        if (!Ids.valid(shopId)) {
            throw ApiException.notFound("shop_not_found", "no shop " + shopId);
        }
        return shopId;
    }
}
