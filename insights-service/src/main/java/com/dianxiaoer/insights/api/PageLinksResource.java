package com.dianxiaoer.insights.api;

import com.dianxiaoer.insights.config.InsightsConfig;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the dashboard page links to. Open to anyone: it names a page, not a shop's data. */
@Path("/api/v1/insights/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "insights")
public class PageLinksResource {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String workbench) {}

    @Inject
    InsightsConfig config;

    @GET
    @Operation(
            summary = "The pages the dashboard links to",
            description = "workbench: the agent workbench, where it is set up (dianxiaoer.insights.workbench-url).")
    public Links links() {
        return new Links(config.workbenchUrl().map(URI::toString).orElse(null));
    }
}
