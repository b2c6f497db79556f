package com.dianxiaoer.greeting.api;

import com.dianxiaoer.messaging.ConversationLogContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Puts the conversation id of a request under /api/v1/conversations/{id} or /api/v1/admin/conversations/{id} into
 * the logging MDC, so a log line written while handling it names the conversation (never the customer or the text).
 */
@Provider
public class ConversationLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F-]{36}");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id != null
                && path.contains("/conversations/")
                && UUID_SHAPE.matcher(id).matches()) {
            MDC.put(ConversationLogContext.MDC_KEY, id);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MDC.remove(ConversationLogContext.MDC_KEY);
    }
}
