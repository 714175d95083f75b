package com.quotecheck.web;

import com.quotecheck.security.AccountDraft;
import com.quotecheck.security.AccountService;
import com.quotecheck.security.Roles;
import com.quotecheck.security.TestAccounts;
import com.quotecheck.security.UserAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AccountPagesTest {

    @Inject
    AccountService accounts;

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    @Test
    @TestSecurity(user = "page-admin", roles = Roles.ADMIN)
    void anAdminAddsAUserChangesRolesDisablesAndResetsThePassword() {
        String name = "made-on-page-" + System.nanoTime() % 100_000;
        given().redirects().follow(false).formParam("username", name).formParam("password", "first password")
                .formParam("roles", "REVIEWER").post("/admin/users")
                .then().statusCode(303);
        given().get("/admin/users").then().statusCode(200).body(containsString(name));
        UserAccount account = accounts.byName(name);

        given().redirects().follow(false).formParam("roles", "REVIEWER").formParam("roles", "EDITOR")
                .formParam("enabled", "false").formParam("version", String.valueOf(account.version))
                .post("/admin/users/" + account.id).then().statusCode(303);
        UserAccount changed = accounts.byName(name);
        assertEquals(Set.of(Roles.REVIEWER, Roles.EDITOR), changed.roleSet());
        assertFalse(changed.enabled);

        // A stale form (the version of before) is refused, not applied.
        given().formParam("roles", "ADMIN").formParam("enabled", "true")
                .formParam("version", String.valueOf(account.version))
                .post("/admin/users/" + account.id).then().statusCode(409);

        given().formParam("password", "short").post("/admin/users/" + account.id + "/password")
                .then().statusCode(422).body(containsString("at least 8"));
        given().redirects().follow(false).formParam("password", "second password")
                .post("/admin/users/" + account.id + "/password").then().statusCode(303);

        // The audit trail names who changed the account and how, and never holds a password hash.
        String trail = given().get("/audit?user=page-admin&action=user.updated").then().statusCode(200)
                .extract().asString();
        assertTrue(trail.contains("href=\"/admin/users/" + account.id + "\""), trail);
        assertTrue(trail.contains("EDITOR,REVIEWER"), trail);
        assertTrue(trail.contains("passwordChangedAt"), trail);
        assertFalse(trail.contains("$2a$"), trail);

        given().formParam("username", name).formParam("password", "another password").formParam("roles", "REVIEWER")
                .post("/admin/users").then().statusCode(422).body(containsString("is taken"))
                .body(containsString("value=\"" + name + "\""));
    }

    @Test
    @TestSecurity(user = "profile-owner", roles = Roles.REVIEWER)
    void everyoneChangesTheirOwnPasswordAndManagesTheirTokens() {
        if (!accounts.list().stream().anyMatch(a -> a.username.equals("profile-owner"))) {
            accounts.create(new AccountDraft("profile-owner", TestAccounts.PASSWORD, Set.of(Roles.REVIEWER)));
        }
        given().formParam("current", "not it").formParam("password", "brand new password")
                .post("/profile/password").then().statusCode(422).body(containsString("current password is not right"));
        given().redirects().follow(false).formParam("current", TestAccounts.PASSWORD)
                .formParam("password", "brand new password")
                .post("/profile/password").then().statusCode(303);
        accounts.changeOwnPassword("profile-owner", "brand new password", TestAccounts.PASSWORD, null);

        String page = given().formParam("name", "Newsletter script").post("/profile/tokens")
                .then().statusCode(201).body(containsString("shown only this once")).extract().asString();
        String secret = page.replaceAll("(?s).*<pre class=\"token\">([^<]+)</pre>.*", "$1");
        assertNotNull(accounts.tokenFor(secret).orElse(null));
        given().get("/profile").then().statusCode(200).body(containsString("Newsletter script"))
                .body(not(containsString(secret)));
    }
}
