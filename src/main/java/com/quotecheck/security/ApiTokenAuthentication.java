package com.quotecheck.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads personal API tokens ({@code Authorization: Bearer}) and answers unauthenticated API calls with a JSON 401
 * naming both ways in (token or HTTP Basic). Pages fall through to the login form's redirect.
 */
@ApplicationScoped
public class ApiTokenAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final String UNAUTHORIZED_JSON = "{\"status\":401,\"title\":\"Sign-in required\",\"detail\":"
            + "\"Send a personal API token as 'Authorization: Bearer <token>' (create one on your profile page) or"
            + " use HTTP Basic with your username and password.\",\"fields\":{}}";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        // A wrong token is answered by this mechanism's challenge, not by another mechanism's.
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        ApiTokenRequest request = new ApiTokenRequest(token);
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /**
     * Makes this mechanism's JSON 401 answer a refused session cookie on an API path; otherwise the form login, which
     * read the cookie, would answer with its redirect to the login page.
     */
    void answerRefusalOnApiPath(RoutingContext context) {
        if (isApi(context)) {
            context.put(HttpAuthenticationMechanism.class.getName(), this);
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isApi(context) && bearerToken(context) == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                "Bearer realm=\"QuoteCheck\", Basic realm=\"QuoteCheck\""));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (challenge == null) {
                return false;
            }
            new ChallengeSender(context).apply(challenge);
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(UNAUTHORIZED_JSON);
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    /** Before the form login's redirect, so API clients get a 401 instead of a login page. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
