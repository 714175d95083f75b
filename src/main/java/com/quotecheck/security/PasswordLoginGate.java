package com.quotecheck.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs before the bcrypt check of every password sign-in (login form and HTTP Basic): refuses while the account
 * or the client address is over its failure limit, otherwise counts the attempt and lets Quarkus Security JPA check
 * the password. {@link AccountCheck} forgives the attempt when it succeeds.
 */
@ApplicationScoped
public class PasswordLoginGate implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Request attribute telling {@link AccountCheck} which address this password attempt came from. */
    static final String ATTEMPT_ADDRESS = "quotecheck.login-attempt-address";

    private final LoginThrottle throttle;

    PasswordLoginGate(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> {
            throttle.admit(request.getUsername(), address).ifPresent(wait -> {
                throw new LoginThrottledException(wait);
            });
            request.setAttribute(ATTEMPT_ADDRESS, address);
            // No identity from here: the next provider, Quarkus Security JPA, checks the password.
            return null;
        });
    }

    static String clientAddress(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
