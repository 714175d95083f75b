package com.quotecheck.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is making this request, for services (authorship) and templates (what to offer); {@code inject:currentUser}. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The username, or null for an anonymous request. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isEditor() {
        return identity.hasRole(Roles.EDITOR);
    }

    public boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER);
    }
}
