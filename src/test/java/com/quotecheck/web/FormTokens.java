package com.quotecheck.web;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Sends a CSRF token with every form a test posts, as a browser does after loading the form: the same token in the
 * csrf-token cookie and form field. Tests of the CSRF check itself post without it.
 */
public final class FormTokens implements Filter {

    public static final String NAME = "csrf-token";
    public static final String TOKEN = newToken();

    private FormTokens() {
    }

    /** Installs the filter for all RestAssured requests of this test JVM. */
    public static void install() {
        RestAssured.replaceFiltersWith(new FormTokens());
    }

    public static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        boolean multipart = !request.getMultiPartParams().isEmpty();
        // A page's POST without fields (e.g. "Load the sample") is still a form in a browser.
        boolean form = !request.getFormParams().isEmpty() || (!multipart && "POST".equals(request.getMethod())
                && request.getBody() == null && !request.getURI().contains("/api/"));
        boolean hasToken = request.getFormParams().containsKey(NAME)
                || request.getMultiPartParams().stream().anyMatch(part -> NAME.equals(part.getControlName()))
                || request.getCookies().hasCookieWithName(NAME);
        if ((form || multipart) && !hasToken) {
            request.cookie(NAME, TOKEN);
            if (multipart) {
                request.multiPart(NAME, TOKEN);
            } else {
                request.formParam(NAME, TOKEN);
            }
        }
        return context.next(request, response);
    }
}
