package com.quotecheck.security;

import com.quotecheck.support.Hashing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginSessionServiceTest {

    @Inject
    LoginSessionService sessions;
    @Inject
    AccountService accounts;
    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration idleTimeout;

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        String user = TestAccounts.create(accounts, "touched", Roles.REVIEWER);
        String id = sessions.start(user);

        Instant recent = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        setLastSeen(id, recent);
        assertTrue(sessions.confirm(user, id));
        assertEquals(recent, lastSeen(id));

        setLastSeen(id, Instant.now().minusSeconds(90));
        assertTrue(sessions.confirm(user, id));
        assertTrue(lastSeen(id).isAfter(Instant.now().minusSeconds(10)));
    }

    @Test
    void aSessionIdlePastTheTimeoutIsRefusedAndRemovedAtTheNextSignIn() {
        String user = TestAccounts.create(accounts, "idle", Roles.REVIEWER);
        String idle = sessions.start(user);
        setLastSeen(idle, Instant.now().minus(idleTimeout).minus(LoginSessionService.TOUCH_INTERVAL).minusSeconds(5));

        assertFalse(sessions.confirm(user, idle));
        String fresh = sessions.start(user);

        assertTrue(sessions.confirm(user, fresh));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> LoginSession.count("sessionHash",
                Hashing.sha256(idle))));
    }

    @Test
    void aSessionQuietForLessThanTheTimeoutStaysLive() {
        String user = TestAccounts.create(accounts, "quiet", Roles.REVIEWER);
        String id = sessions.start(user);
        setLastSeen(id, Instant.now().minus(idleTimeout).plusSeconds(30));
        sessions.start(user);
        assertTrue(sessions.confirm(user, id));
    }

    @Test
    void endingAUsersSessionsLeavesOtherUsersAlone() {
        String leaver = TestAccounts.create(accounts, "leaver", Roles.REVIEWER);
        String stayer = TestAccounts.create(accounts, "stayer", Roles.REVIEWER);
        String leaving = sessions.start(leaver);
        String staying = sessions.start(stayer);

        sessions.endAllOf(leaver, "test");

        assertFalse(sessions.confirm(leaver, leaving));
        assertTrue(sessions.confirm(stayer, staying));
    }

    private static void setLastSeen(String id, Instant at) {
        QuarkusTransaction.requiringNew().run(() ->
                LoginSession.update("lastSeenAt = ?1 where sessionHash = ?2", at, Hashing.sha256(id)));
    }

    private static Instant lastSeen(String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                LoginSession.<LoginSession>findById(Hashing.sha256(id)).lastSeenAt);
    }
}
