package com.quotecheck.security;

import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ApiTokenTest {

    @Inject
    AccountService accounts;

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
        String user = TestAccounts.create(accounts, "tokens", Roles.EDITOR);
        var created = given().auth().preemptive().basic(user, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("name", "CMS import"))
                .post("/api/tokens")
                .then().statusCode(201).body("token", startsWith("qc_")).body("name", equalTo("CMS import"))
                .extract();
        String token = created.path("token");
        int id = created.path("id");

        given().auth().oauth2(token).get("/api/articles").then().statusCode(200);
        given().auth().oauth2(token).get("/api/tokens").then().statusCode(200)
                .body("name", hasItem("CMS import"))
                .body(not(containsString(token)));
        // Stored as a hash only.
        assertFalse(accounts.tokensOf(user).stream().anyMatch(t -> t.tokenHash.contains(token)));

        given().auth().oauth2(token).delete("/api/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/articles").then().statusCode(401)
                .contentType(ContentType.JSON).body("title", equalTo("Sign-in required"));
    }

    @Test
    void aTokenCarriesItsOwnersRoles() {
        String user = TestAccounts.create(accounts, "reviewer-token", Roles.REVIEWER);
        String token = accounts.createToken(user, "script").secret();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Not allowed", "text", "“No,” she said."))
                .post("/api/articles").then().statusCode(403).body("title", equalTo("Not allowed"));
    }

    @Test
    void anUnknownTokenGetsAJson401() {
        given().auth().oauth2("qc_forged").get("/api/articles").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("Authorization: Bearer"));
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        String owner = TestAccounts.create(accounts, "owner", Roles.REVIEWER);
        String other = TestAccounts.create(accounts, "other", Roles.REVIEWER);
        IssuedToken token = accounts.createToken(owner, "mine");
        given().auth().preemptive().basic(other, TestAccounts.PASSWORD)
                .delete("/api/tokens/" + token.token().id).then().statusCode(404);
        given().auth().oauth2(token.secret()).get("/api/articles").then().statusCode(200);
    }

    @Test
    void aDisabledAccountsTokensStopWorking() {
        String user = TestAccounts.create(accounts, "gone", Roles.REVIEWER);
        String token = accounts.createToken(user, "old script").secret();
        UserAccount account = accounts.byName(user);
        accounts.update(account.id, account.roleSet(), false, account.version);
        given().auth().oauth2(token).get("/api/articles").then().statusCode(401);
    }
}
