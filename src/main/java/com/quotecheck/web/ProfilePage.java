package com.quotecheck.web;

import com.quotecheck.security.AccountService;
import com.quotecheck.security.ApiToken;
import com.quotecheck.security.CurrentUser;
import com.quotecheck.security.IssuedToken;
import com.quotecheck.security.SessionCookies;
import com.quotecheck.security.UserAccount;
import com.quotecheck.support.RejectedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Each user's own page: their password and their API tokens. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfilePage {

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance profile(UserAccount account,
                                               List<ApiToken> tokens,
                                               IssuedToken newToken, String tokenName, String notice,
                                               Map<String, String> errors);
    }

    private final AccountService accounts;
    private final CurrentUser user;
    private final SessionCookies cookies;

    ProfilePage(AccountService accounts, CurrentUser user, SessionCookies cookies) {
        this.accounts = accounts;
        this.user = user;
        this.cookies = cookies;
    }

    @GET
    public TemplateInstance show(@RestQuery String notice) {
        return page(null, null, notice, Map.of());
    }

    @POST
    @Path("/password")
    public RestResponse<?> changePassword(@RestForm String current, @RestForm String password,
            RoutingContext request) {
        try {
            // This browser stays signed in; every other session of the account ends.
            accounts.changeOwnPassword(user.name(), current, password, cookies.sessionId(request));
            return RestResponse.seeOther(URI.create("/profile?notice=Password+changed."));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, page(null, null, null, Map.of("password", e.getMessage())));
        }
    }

    /** The new token's secret is rendered in the answer itself, never stored or put in a URL. */
    @POST
    @Path("/tokens")
    public RestResponse<TemplateInstance> createToken(@RestForm String name) {
        try {
            IssuedToken token = accounts.createToken(user.name(), name);
            return FormCheck.page(201, page(token, null, null, Map.of()));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, page(null, name, null, Map.of("name", e.getMessage())));
        }
    }

    @POST
    @Path("/tokens/{id}/revoke")
    public RestResponse<Void> revokeToken(@RestPath long id) {
        accounts.revokeToken(user.name(), id);
        return RestResponse.seeOther(URI.create("/profile?notice=Token+revoked."));
    }

    private TemplateInstance page(IssuedToken newToken, String tokenName, String notice, Map<String, String> errors) {
        return Templates.profile(accounts.byName(user.name()), accounts.tokensOf(user.name()), newToken, tokenName,
                notice, errors);
    }
}
