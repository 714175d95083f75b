package com.quotecheck.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two cookies of a login-form session: Quarkus's encrypted cookie, which names the user, and the id of the
 * session's row in the database, which makes it revocable.
 */
@ApplicationScoped
public class SessionCookies {

    static final String SESSION_ID = "quotecheck-session-id";

    private final String formCookie;

    SessionCookies(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String formCookie) {
        this.formCookie = formCookie;
    }

    /** Gives the browser a new session's id, with the same attributes as the form's cookie. */
    void issue(RoutingContext routing, String sessionId) {
        routing.response().addCookie(cookie(routing, SESSION_ID, sessionId));
    }

    /** The session id the browser sent, or null. */
    public String sessionId(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(SESSION_ID);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Tells the browser to drop both cookies. This replaces a renewed form cookie Quarkus may have set earlier in the
     * same request (same name and path).
     */
    public void expire(RoutingContext routing) {
        routing.response().addCookie(cookie(routing, formCookie, "").setMaxAge(0));
        routing.response().addCookie(cookie(routing, SESSION_ID, "").setMaxAge(0));
    }

    private static Cookie cookie(RoutingContext routing, String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL());
    }
}
