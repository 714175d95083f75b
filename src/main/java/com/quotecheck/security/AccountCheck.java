package com.quotecheck.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Checks on every request signed in by password or session cookie that the account is still enabled (Quarkus
 * Security JPA does not know about disabling), and forgives a password attempt that succeeded.
 */
@ApplicationScoped
public class AccountCheck implements SecurityIdentityAugmentor {

    private final AccountService accounts;

    AccountCheck(AccountService accounts) {
        this.accounts = accounts;
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
        String attemptAddress = (String) attributes.get(PasswordLoginGate.ATTEMPT_ADDRESS);
        return context.runBlocking(() -> {
            accounts.confirmSignIn(identity.getPrincipal().getName(), attemptAddress);
            return identity;
        });
    }
}
