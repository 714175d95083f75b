package com.quotecheck.web.api;

import com.quotecheck.security.AccountDraft;
import com.quotecheck.security.AccountService;
import com.quotecheck.security.Roles;
import com.quotecheck.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Accounts, for admins. Passwords go in, never out. */
@Path("/api/users")
@RolesAllowed(Roles.ADMIN)
public class AccountApi {

    /** An account as admins see it. */
    public record UserJson(long id, String username, Set<String> roles, boolean enabled, Instant createdAt,
                           int version) {

        static UserJson of(UserAccount account) {
            return new UserJson(account.id, account.username, account.roleSet(), account.enabled, account.createdAt,
                    account.version);
        }
    }

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<UserJson> list() {
        return accounts.list().stream().map(UserJson::of).toList();
    }

    @POST
    public RestResponse<UserJson> create(@NotNull(message = "Send the user as a JSON object.") AccountDraft draft,
                                         UriInfo uri) {
        UserAccount account = accounts.create(draft);
        return RestResponse.ResponseBuilder.<UserJson>created(uri.getAbsolutePathBuilder()
                .path(String.valueOf(account.id)).build()).entity(UserJson.of(account)).build();
    }
}
