package com.quotecheck.security;

import com.quotecheck.support.Hashing;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.Secrets;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The first account. With QUOTECHECK_ADMIN_USERNAME and QUOTECHECK_ADMIN_PASSWORD set and no account yet, that admin
 * is created at start; otherwise, while no account exists, the log prints a one-time setup link. There is no default
 * password anywhere.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    private static final Set<String> ALL_ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER);

    private final AccountService accounts;
    private final QuoteCheckConfig config;
    private final Clock clock;
    private final int port;

    FirstAdmin(AccountService accounts, QuoteCheckConfig config, Clock clock,
               @ConfigProperty(name = "quarkus.http.port") int port) {
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<String> link = prepare();
        link.ifPresent(path -> LOG.warnf("No account exists yet. Create the first admin at http://localhost:%d%s"
                + " (or this path on the address the server is reached at); the link works once.", port, path));
    }

    /** Creates the configured admin, or returns the path of a new setup link while no account exists. */
    @Transactional
    Optional<String> prepare() {
        if (accounts.anyAccount()) {
            return Optional.empty();
        }
        QuoteCheckConfig.Admin admin = config.admin();
        if (admin.username().isPresent() && admin.password().isPresent()) {
            accounts.create(new AccountDraft(admin.username().get(), admin.password().get(), ALL_ROLES));
            LOG.infof("Created the first admin, %s, from QUOTECHECK_ADMIN_USERNAME", admin.username().get());
            return Optional.empty();
        }
        // One live link at a time: a restart replaces the link printed before.
        SetupToken.deleteAll();
        String secret = Secrets.random(24);
        SetupToken token = new SetupToken();
        token.tokenHash = Hashing.sha256(secret);
        token.createdAt = clock.instant();
        token.persist();
        return Optional.of("/setup?token=" + secret);
    }

    @Transactional
    public boolean validLink(String secret) {
        return secret != null && !accounts.anyAccount() && SetupToken.findById(Hashing.sha256(secret)) != null;
    }

    /** Creates the first admin through the setup link, which then stops working. */
    @Transactional
    public UserAccount complete(String secret, String username, String password) {
        if (!validLink(secret)) {
            throw new RejectedInputException("This setup link is no longer valid: an account exists already, or the"
                    + " server printed a newer link when it restarted.");
        }
        UserAccount account = accounts.create(new AccountDraft(username, password, ALL_ROLES));
        SetupToken.deleteAll();
        return account;
    }
}
