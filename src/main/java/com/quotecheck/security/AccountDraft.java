package com.quotecheck.security;

import java.util.Set;

/** A new account as an admin describes it. */
public record AccountDraft(String username, String password, Set<String> roles) {
}
