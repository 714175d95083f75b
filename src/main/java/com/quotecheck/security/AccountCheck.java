package com.quotecheck.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Checks on every request signed in by password or session cookie that the account is still enabled (Quarkus
 * Security JPA does not know about disabling), forgives a password attempt that succeeded, and starts a server-side
 * session for a sign-in through the login form.
 */
@ApplicationScoped
public class AccountCheck implements SecurityIdentityAugmentor {

    private final AccountService accounts;
    private final LoginSessionService sessions;
    private final SessionCookies cookies;

    AccountCheck(AccountService accounts, LoginSessionService sessions, SessionCookies cookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || identity.getAttribute(ApiTokenIdentityProvider.TOKEN_ID) != null) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        // Only password requests pass PasswordLoginGate, which notes the address; a cookie restore has none.
        String attemptAddress = (String) attributes.get(PasswordLoginGate.ATTEMPT_ADDRESS);
        RoutingContext loginForm = attemptAddress == null ? null : loginFormRequest(attributes);
        return context.runBlocking(() -> {
            accounts.confirmSignIn(username, attemptAddress);
            if (loginForm != null) {
                // The new session replaces the one this browser had, rather than leaving that one live.
                sessions.end(cookies.sessionId(loginForm));
                cookies.issue(loginForm, sessions.start(username));
            }
            return identity;
        });
    }

    /**
     * The request of a password sign-in, if it came through the login form rather than HTTP Basic: each of the two
     * mechanisms names itself in the routing context before it asks for the password check (that is how Quarkus
     * picks whose challenge answers a failure).
     */
    private static RoutingContext loginFormRequest(Map<String, Object> attributes) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        boolean form = routing != null
                && routing.get(HttpAuthenticationMechanism.class.getName()) instanceof FormAuthenticationMechanism;
        return form ? routing : null;
    }
}
