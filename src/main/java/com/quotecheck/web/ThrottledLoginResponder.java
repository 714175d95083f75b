package com.quotecheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotecheck.security.LoginThrottledException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * Answers a sign-in refused by the login throttle with 429 and Retry-After: a page for the login form, a JSON
 * problem for HTTP Basic. The refusal happens during authentication, before any resource, so it is handled here.
 */
@ApplicationScoped
public class ThrottledLoginResponder {

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance throttled(String message);
    }

    private final ObjectMapper json;

    ThrottledLoginResponder(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::respond);
    }

    private void respond(RoutingContext context) {
        LoginThrottledException throttled = throttledCause(context.failure());
        if (throttled == null || context.response().ended()) {
            context.next();
            return;
        }
        context.response().setStatusCode(429)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(problem(throttled));
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .end(Templates.throttled(throttled.getMessage()).render());
    }

    private String problem(LoginThrottledException throttled) {
        try {
            return json.writeValueAsString(new ProblemJson(429, "Too many failed sign-ins", throttled.getMessage(),
                    Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serializes", e);
        }
    }

    private static LoginThrottledException throttledCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LoginThrottledException throttled) {
                return throttled;
            }
        }
        return null;
    }
}
