package com.quotecheck.security;

import com.quotecheck.support.QuoteCheckConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and per client address in the database, so every instance sees the same
 * counts. An attempt is counted before the password is checked and forgiven when it succeeds: a crash or a slow
 * bcrypt check can never let an attacker try for free.
 */
@ApplicationScoped
public class LoginThrottle {

    private final QuoteCheckConfig.Login limits;
    private final Clock clock;

    LoginThrottle(QuoteCheckConfig config, Clock clock) {
        this.limits = config.login();
        this.clock = clock;
    }

    /**
     * Counts one attempt for the account and the address.
     *
     * @return how long to wait when either is already over its limit (nothing is counted then)
     */
    @Transactional
    public Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        LoginFailures account = current(accountKey(username), now);
        LoginFailures client = current(addressKey(address), now);
        Optional<Duration> wait = waitFor(account, limits.maxFailuresPerAccount(), now)
                .or(() -> waitFor(client, limits.maxFailuresPerAddress(), now));
        if (wait.isEmpty()) {
            account.failures++;
            client.failures++;
        }
        return wait;
    }

    /** A successful sign-in forgives the account's failures; the address keeps its count until the window ends. */
    @Transactional
    public void succeeded(String username, String address) {
        LoginFailures.deleteById(accountKey(username));
        LoginFailures client = LoginFailures.findById(addressKey(address), LockModeType.PESSIMISTIC_WRITE);
        if (client != null && client.failures > 0) {
            client.failures--;
        }
    }

    private LoginFailures current(String key, Instant now) {
        LoginFailures failures = LoginFailures.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            createIfAbsent(key, now);
            failures = LoginFailures.findById(key, LockModeType.PESSIMISTIC_WRITE);
        }
        if (!now.isBefore(failures.windowStart.plus(limits.window()))) {
            failures.failures = 0;
            failures.windowStart = now;
        }
        return failures;
    }

    /**
     * Inserts the counter in a transaction of its own: when two attempts (on any instance) create it at once, one
     * insert fails on the primary key and both go on with the row that exists.
     */
    private static void createIfAbsent(String key, Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                LoginFailures created = new LoginFailures();
                created.throttleKey = key;
                created.windowStart = now;
                created.persistAndFlush();
            });
        } catch (PersistenceException | QuarkusTransactionException raced) {
            // Another attempt created it first.
        }
    }

    private Optional<Duration> waitFor(LoginFailures failures, int limit, Instant now) {
        if (failures.failures < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.windowStart.plus(limits.window())));
    }

    private static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
