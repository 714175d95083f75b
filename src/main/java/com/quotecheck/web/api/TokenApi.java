package com.quotecheck.web.api;

import com.quotecheck.security.AccountService;
import com.quotecheck.security.ApiToken;
import com.quotecheck.security.CurrentUser;
import com.quotecheck.security.IssuedToken;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;

/** The caller's own personal API tokens. */
@Path("/api/tokens")
@Authenticated
public class TokenApi {

    /** What is asked for a new token. */
    public record TokenRequest(String name) {
    }

    /** A token as listed: the secret is never shown again. */
    public record TokenJson(long id, String name, Instant createdAt) {

        static TokenJson of(ApiToken token) {
            return new TokenJson(token.id, token.name, token.createdAt);
        }
    }

    /** A token just created, with its secret, shown this once. */
    public record NewTokenJson(long id, String name, Instant createdAt, String token) {
    }

    private final AccountService accounts;
    private final CurrentUser user;

    TokenApi(AccountService accounts, CurrentUser user) {
        this.accounts = accounts;
        this.user = user;
    }

    @GET
    public List<TokenJson> list() {
        return accounts.tokensOf(user.name()).stream().map(TokenJson::of).toList();
    }

    @POST
    public RestResponse<NewTokenJson> create(@NotNull(message = "Send {\"name\": \"...\"}.") TokenRequest request,
                                             UriInfo uri) {
        IssuedToken issued = accounts.createToken(user.name(), request.name());
        ApiToken token = issued.token();
        return RestResponse.ResponseBuilder.<NewTokenJson>created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(token.id)).build())
                .entity(new NewTokenJson(token.id, token.name, token.createdAt, issued.secret())).build();
    }

    @DELETE
    @Path("/{id}")
    public RestResponse<Void> revoke(@RestPath long id) {
        accounts.revokeToken(user.name(), id);
        return RestResponse.noContent();
    }
}
