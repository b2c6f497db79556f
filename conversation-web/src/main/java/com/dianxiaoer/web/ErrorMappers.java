package com.dianxiaoer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal leaves as {"code", "message"} with a 4xx status, whichever layer noticed the problem. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response refusal = error(e.status(), e.code(), e.getMessage());
        if (e.retryAfterSeconds() > 0) {
            refusal.getHeaders().putSingle("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return refusal;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String details = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return error(400, "invalid_request", details);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .collect(Collectors.joining("."));
        return error(
                400,
                "invalid_json",
                field.isEmpty()
                        ? "the body does not have the expected shape"
                        : "field '" + field + "' has the wrong type");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return error(400, "invalid_json", "the body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return error(404, "not_found", "no such resource");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return error(405, "method_not_allowed", "this resource does not accept that method");
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return error(415, "unsupported_media_type", "send the body as application/json");
    }

    @ServerExceptionMapper
    public Response other(WebApplicationException e) {
        // Quarkus REST reports a body it could not parse as a bare 400 with the Jackson error as its cause.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatched) {
                return mismatched(mismatched);
            }
            if (cause instanceof JsonProcessingException json) {
                return malformed(json);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return null;
        }
        return error(status, "bad_request", e.getMessage());
    }

    /**
     * Whatever else went wrong is our fault: logged with its stack trace here, answered with no detail (never a stack
     * trace, an exception name or an error id in place of {code, message}).
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (request != null && request.response().headWritten()) {
            return null; // a stream already under way (SSE) has no status left to set: its own handling applies
        }
        LOG.error("unexpected error answering a request", e);
        return error(500, "internal_error", "something went wrong on our side; please try again");
    }

    public static Response error(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message))
                .build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
