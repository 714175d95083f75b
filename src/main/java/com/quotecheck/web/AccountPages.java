package com.quotecheck.web;

import com.quotecheck.security.AccountService;
import com.quotecheck.security.Roles;
import com.quotecheck.security.UserAccount;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admin pages: every account, adding one, changing roles, disabling, resetting a password. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserAccount> users, AccountForm form, String notice,
                                             Map<String, String> errors);

        static native TemplateInstance user(UserAccount account, String notice, Map<String, String> errors);
    }

    private final AccountService accounts;

    AccountPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public TemplateInstance list(@RestQuery String added) {
        return Templates.users(accounts.list(), new AccountForm(),
                added == null ? null : "Added " + added + ".", Map.of());
    }

    @POST
    public RestResponse<?> create(@BeanParam AccountForm form) {
        try {
            UserAccount account = accounts.create(form.toDraft());
            return RestResponse.seeOther(URI.create("/admin/users?added=" + TemplateExtensions.urlEncoded(account.username)));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.users(accounts.list(), form, null, Map.of("account", e.getMessage())));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        return Templates.user(accounts.get(id), notice, Map.of());
    }

    @POST
    @Path("/{id}")
    public RestResponse<?> update(@RestPath long id, @RestForm List<String> roles, @RestForm boolean enabled,
                                  @RestForm int version) {
        Set<String> chosen = roles == null ? Set.of() : new HashSet<>(roles);
        try {
            accounts.update(id, chosen, enabled, version);
            return RestResponse.seeOther(URI.create("/admin/users/" + id + "?notice=Saved."));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.user(accounts.get(id), null, Map.of("roles", e.getMessage())));
        } catch (StaleEditException e) {
            return FormCheck.page(409, Templates.user(accounts.get(id), null, Map.of("roles", e.getMessage())));
        }
    }

    @POST
    @Path("/{id}/password")
    public RestResponse<?> resetPassword(@RestPath long id, @RestForm String password) {
        try {
            accounts.resetPassword(id, password);
            return RestResponse.seeOther(URI.create("/admin/users/" + id + "?notice=Password+reset."));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.user(accounts.get(id), null, Map.of("password", e.getMessage())));
        }
    }
}
