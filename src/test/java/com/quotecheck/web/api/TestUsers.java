package com.quotecheck.web.api;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Lets one {@code @TestSecurity} test act as a second person for a few requests, for flows that need two people (a
 * reviewer proposes, an editor signs off). The test's own user is restored afterwards.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /**
     * Runs set-up requests as the current test user with the given role added, so a test about one role can still
     * create what it needs (an editor's article for a reviewer's test) under the same name.
     */
    public static <T> T withRole(String role, Supplier<T> requests) {
        TestIdentityAssociation association = Arc.container().instance(TestIdentityAssociation.class).get();
        SecurityIdentity current = association.getTestIdentity();
        if (current == null || current.isAnonymous() || current.hasRole(role)) {
            return requests.get();
        }
        association.setTestIdentity(QuarkusSecurityIdentity.builder(current).addRole(role).build());
        try {
            return requests.get();
        } finally {
            association.setTestIdentity(current);
        }
    }

    public static void as(String user, String role, Runnable requests) {
        TestIdentityAssociation association = Arc.container().instance(TestIdentityAssociation.class).get();
        SecurityIdentity previous = association.getTestIdentity();
        association.setTestIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRoles(Set.of(role))
                .build());
        try {
            requests.run();
        } finally {
            association.setTestIdentity(previous);
        }
    }
}
