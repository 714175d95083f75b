package com.quotecheck.security;

/** The roles QuoteCheck knows: admins manage users and settings, editors articles, sources, sign-off and exports, reviewers quotes and verdicts. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String REVIEWER = "REVIEWER";

    private Roles() {
    }
}
