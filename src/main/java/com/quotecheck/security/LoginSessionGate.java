package com.quotecheck.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs before every sign-in restored from the login form's cookie (Quarkus's form authentication turns that cookie
 * into a {@link TrustedAuthenticationRequest}; passwords come as other requests): refuses unless the session-id cookie
 * names a live session of the same user, otherwise lets Quarkus Security JPA load the account.
 */
@ApplicationScoped
public class LoginSessionGate implements IdentityProvider<TrustedAuthenticationRequest> {

    private final LoginSessionService sessions;
    private final SessionCookies cookies;
    private final ApiTokenAuthentication api;

    LoginSessionGate(LoginSessionService sessions, SessionCookies cookies, ApiTokenAuthentication api) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.api = api;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getPrincipal();
        return context.runBlocking(() -> {
            if (routing == null || !sessions.confirm(username, cookies.sessionId(routing))) {
                // A refused page request goes to the login page, without its dead cookies so that page then opens;
                // a refused API call gets the JSON 401.
                if (routing != null) {
                    cookies.expire(routing);
                    api.answerRefusalOnApiPath(routing);
                }
                throw new AuthenticationFailedException("No live login session of " + username);
            }
            // No identity from here: the next provider, Quarkus Security JPA, loads the account and its roles.
            return null;
        });
    }
}
