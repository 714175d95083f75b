package com.quotecheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.quotecheck.support.ForbiddenActionException;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps every failure, once, to an honest status with a page for people or a JSON problem for the API.
 * Unexpected errors are logged with an incident id the user can quote; no stack trace reaches a user.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response missing(MissingEntityException e, UriInfo uri) {
        return respond(uri, 404, "Not found", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response rejected(RejectedInputException e, UriInfo uri) {
        return respond(uri, 422, "Cannot accept this", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenActionException e, UriInfo uri) {
        return respond(uri, 403, "Not allowed", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response tooLarge(InputTooLargeException e, UriInfo uri) {
        return respond(uri, 413, "Too large", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response stale(StaleEditException e, UriInfo uri) {
        return respond(uri, 409, "Changed by someone else", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrent(RuntimeException e, UriInfo uri) {
        return respond(uri, 409, "Changed by someone else",
                "Someone changed this record at the same moment. Reload it and try again.", Map.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, "Not allowed",
                "Your account does not have the role this needs. Ask an admin if you should have it.", Map.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(uri, 401, "Sign-in required", "Sign in first.", Map.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Map<String, String> fields = ViolationMessages.byField(e.getConstraintViolations());
        return respond(uri, 400, "Invalid input", String.join(" ", fields.values()), fields);
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri) {
        return respond(uri, 400, "Invalid parameter", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, 400, "Malformed JSON", "The request body is not valid JSON.", Map.of());
    }

    @ServerExceptionMapper
    public Response wrongJsonValue(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return respond(uri, 400, "Malformed JSON", "The request body does not have the expected shape.", Map.of());
        }
        String detail = "The field “" + field + "” has a value of the wrong form: dates are YYYY-MM-DD, numbers are"
                + " plain digits, kinds and verdicts are one of the documented names.";
        return respond(uri, 400, "Invalid input", detail, Map.of(field, detail));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException mismatch ? wrongJsonValue(mismatch, uri)
                    : malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        String detail = status == 404 ? "There is nothing at " + uri.getRequestUri().getPath() + "."
                : status == 400 ? "The request is malformed: check the fields and their formats."
                : title + ".";
        return respond(uri, status, title, detail, Map.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s while serving %s", incident, uri.getRequestUri());
        return respond(uri, 500, "Something went wrong",
                "QuoteCheck could not complete this request. Nothing you sent was lost on purpose; if it keeps"
                        + " happening, quote incident " + incident + " to your administrator.", Map.of());
    }

    private static Response respond(UriInfo uri, int status, String title, String detail, Map<String, String> fields) {
        if (isApi(uri)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ProblemJson(status, title, detail, fields)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.page(status, title, detail)).build();
    }

    private static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/api/") || path.equals("/api");
    }
}
