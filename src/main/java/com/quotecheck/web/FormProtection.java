package com.quotecheck.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Optional;

/**
 * Completes the CSRF check of quarkus-rest-csrf for pages. That filter verifies the token of every form post but lets
 * other bodies through (the JSON API must not need one), so a page endpoint accepts nothing but a form; and its bare
 * 400 refusal gets a page that says what happened and how to recover.
 */
public class FormProtection {

    @ServerRequestFilter
    public Optional<Response> onlyFormsToPages(ContainerRequestContext request) {
        if (isApi(request) || !isUnsafe(request.getMethod()) || isForm(request.getMediaType())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(400).build());
    }

    @ServerResponseFilter
    public void explainRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && isUnsafe(request.getMethod()) && !isApi(request)) {
            response.setEntity(ErrorMapper.Templates.page(400, "Form expired",
                    "This form was missing its security token or the token was out of date, so nothing was saved."
                            + " Go back, reload the page, and submit again; your browser's Back button keeps what you"
                            + " typed."), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isUnsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
