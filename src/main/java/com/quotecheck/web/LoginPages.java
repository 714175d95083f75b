package com.quotecheck.web;

import com.quotecheck.security.FirstAdmin;
import com.quotecheck.support.RejectedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Sign-in, sign-out and the one-time setup of the first admin. Quarkus form authentication checks the password
 * posted to /j_security_check and keeps the session in an encrypted cookie; these pages only show the forms.
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
    private final String sessionCookie;
    private final long idleMinutes;

    LoginPages(FirstAdmin firstAdmin,
               @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
               @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout) {
        this.firstAdmin = firstAdmin;
        this.sessionCookie = sessionCookie;
        this.idleMinutes = idleTimeout.toMinutes();
    }

    @GET
    @Path("/login")
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean signedOut) {
        return Templates.login(failed, signedOut, idleMinutes);
    }

    @POST
    @Path("/logout")
    public RestResponse<Void> logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create("/login?signedOut=true")).cookie(expired).build();
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
