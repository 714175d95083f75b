package com.quotecheck.security;

/** A token just created: the secret exists only in this value and is shown once. */
public record IssuedToken(ApiToken token, String secret) {
}
