package com.quotecheck.security;

import com.quotecheck.support.Hashing;
import com.quotecheck.support.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Server-side sessions of the login form, kept in the database so every instance sees a sign-out at once. A session
 * ends when its browser signs out, when an admin disables the account or resets its password, or after the idle
 * timeout of the form's cookie.
 */
@ApplicationScoped
public class LoginSessionService {

    private static final Logger LOG = Logger.getLogger(LoginSessionService.class);
    /** Last-seen is written at most this often per session: a write on every request would cost more than it tells. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration idleTimeout;

    LoginSessionService(Clock clock, @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** Starts a session after a login-form sign-in and returns its id for the browser; drops sessions gone idle. */
    @Transactional
    public String start(String username) {
        Instant now = clock.instant();
        LoginSession.deleteIdleSince(idleCutoff(now));
        String id = Secrets.random(32);
        LoginSession session = new LoginSession();
        session.sessionHash = Hashing.sha256(id);
        session.username = username;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        LOG.infof("%s signed in", username);
        return id;
    }

    /** Whether the id names a live session of this user; notes the visit at most once per {@link #TOUCH_INTERVAL}. */
    @Transactional
    public boolean confirm(String username, String id) {
        if (id == null) {
            return false;
        }
        Instant now = clock.instant();
        LoginSession session = LoginSession.findById(Hashing.sha256(id));
        if (session == null || !session.username.equals(username) || session.lastSeenAt.isBefore(idleCutoff(now))) {
            return false;
        }
        if (session.lastSeenAt.isBefore(now.minus(TOUCH_INTERVAL))) {
            session.lastSeenAt = now;
        }
        return true;
    }

    /** Signs one browser out; an unknown or missing id changes nothing. */
    @Transactional
    public void end(String id) {
        if (id == null) {
            return;
        }
        LoginSession session = LoginSession.findById(Hashing.sha256(id));
        if (session != null) {
            session.delete();
            LOG.infof("%s signed out", session.username);
        }
    }

    /** Signs the user out everywhere, e.g. when the account is disabled. */
    @Transactional
    public void endAllOf(String username, String reason) {
        endAllOfBut(username, null, reason);
    }

    /** Signs the user out everywhere but in the browser holding {@code keptId} (null: everywhere). */
    @Transactional
    public void endAllOfBut(String username, String keptId, String reason) {
        long ended = keptId == null ? LoginSession.deleteAllOf(username)
                : LoginSession.deleteAllOfBut(username, Hashing.sha256(keptId));
        if (ended > 0) {
            LOG.infof("Ended %d session(s) of %s: %s", ended, username, reason);
        }
    }

    /**
     * Sessions last seen before this are over. Last-seen lags the latest request by up to one touch interval, so the
     * interval is added: a session the form's cookie still accepts is never dropped.
     */
    private Instant idleCutoff(Instant now) {
        return now.minus(idleTimeout).minus(TOUCH_INTERVAL);
    }
}
