package com.quotecheck.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds the enabled account owning a token by the token's SHA-256: one indexed query, no bcrypt. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

    /** Identity attribute naming the token used, so {@link AccountCheck} need not look the account up again. */
    static final String TOKEN_ID = "quotecheck.api-token-id";

    private final AccountService accounts;

    ApiTokenIdentityProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiToken token = accounts.tokenFor(request.token())
                    .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API token"));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(token.user.username))
                    .addRoles(token.user.roleSet())
                    .addAttribute(TOKEN_ID, token.id)
                    .build();
        });
    }
}
