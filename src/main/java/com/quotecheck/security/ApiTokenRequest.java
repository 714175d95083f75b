package com.quotecheck.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A personal API token presented as {@code Authorization: Bearer <token>}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
