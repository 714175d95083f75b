package com.quotecheck.web;

import com.quotecheck.security.FirstAdmin;
import com.quotecheck.security.LoginSessionService;
import com.quotecheck.security.SessionCookies;
import com.quotecheck.support.RejectedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Sign-in, sign-out and the one-time setup of the first admin. Quarkus form authentication checks the password
 * posted to /j_security_check and keeps the session in an encrypted cookie (see {@link LoginSessionService} for
 * what makes it revocable); these pages show the forms and end sessions.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, long idleMinutes);

        static native TemplateInstance setup(boolean valid, String token, String username, Map<String, String> errors);
    }

    private final FirstAdmin firstAdmin;
    private final LoginSessionService sessions;
    private final SessionCookies cookies;
    private final long idleMinutes;

    LoginPages(FirstAdmin firstAdmin, LoginSessionService sessions, SessionCookies cookies,
               @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout) {
        this.firstAdmin = firstAdmin;
        this.sessions = sessions;
        this.cookies = cookies;
        this.idleMinutes = idleTimeout.toMinutes();
    }

    @GET
    @Path("/login")
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean signedOut) {
        return Templates.login(failed, signedOut, idleMinutes);
    }

    @POST
    @Path("/logout")
    public RestResponse<Void> logout(RoutingContext request) {
        sessions.end(cookies.sessionId(request));
        cookies.expire(request);
        return RestResponse.seeOther(URI.create("/login?signedOut=true"));
    }

    @GET
    @Path("/setup")
    public TemplateInstance setupForm(@RestQuery String token) {
        return Templates.setup(firstAdmin.validLink(token), token, null, Map.of());
    }

    @POST
    @Path("/setup")
    public RestResponse<?> setup(@RestForm String token, @RestForm String username, @RestForm String password) {
        try {
            firstAdmin.complete(token, username, password);
            return RestResponse.seeOther(URI.create("/login"));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.setup(firstAdmin.validLink(token), token, username,
                    Map.of("password", e.getMessage())));
        }
    }
}
