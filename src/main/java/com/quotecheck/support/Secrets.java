package com.quotecheck.support;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable random values for setup links, API tokens, session ids and keys. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** That many random bytes as URL-safe Base64 without padding, fit for a URL, a header or a cookie. */
    public static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
