package com.quotecheck.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.function.Supplier;

/**
 * Who is acting, for the audit trail: the user a background job runs for, else the signed-in user of the current
 * request, else nobody (null).
 */
@ApplicationScoped
public class ActingUser {

    /** The user a job runs for; a record so that "for nobody" (null name) differs from "not set". */
    private record OnBehalfOf(String name) {
    }

    private static final ThreadLocal<OnBehalfOf> ON_BEHALF_OF = new ThreadLocal<>();

    private final Instance<SecurityIdentity> identity;

    ActingUser(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The acting user's name, or null when no one is signed in. */
    public String name() {
        OnBehalfOf explicit = ON_BEHALF_OF.get();
        if (explicit != null) {
            return explicit.name();
        }
        // Background threads have no request, and so no identity to ask.
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? null : current.getPrincipal().getName();
    }

    /** Runs {@code work} on this thread as {@code user} (a job's starter; null for nobody). */
    public <T> T runAs(String user, Supplier<T> work) {
        OnBehalfOf previous = ON_BEHALF_OF.get();
        ON_BEHALF_OF.set(new OnBehalfOf(user));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ON_BEHALF_OF.remove();
            } else {
                ON_BEHALF_OF.set(previous);
            }
        }
    }
}
