package com.quotecheck.security;

import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class SignInTest {

    @Inject
    AccountService accounts;
    @Inject
    QuoteCheckConfig config;

    @AfterEach
    void forgetFailures() {
        TestAccounts.forgetFailures();
    }

    @Test
    void anonymousPageVisitGoesToTheLoginPage() {
        given().redirects().follow(false).get("/articles/new").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).body(containsString("Sign in to QuoteCheck"))
                .body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void formLoginGivesHttpOnlyStrictSessionCookiesThatOpenThePages() {
        String user = TestAccounts.create(accounts, "reader", Roles.REVIEWER);
        var response = given().redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
        response.then().statusCode(302).header("Location", endsWith("/"));
        for (String name : new String[] {"quotecheck-session", "quotecheck-session-id"}) {
            String cookie = cookieHeader(response, name).toLowerCase();
            assertThat(cookie, containsString("httponly"));
            assertThat(cookie, containsString("samesite=strict"));
            assertThat(cookie, containsString("path=/"));
        }

        given().cookies(response.getCookies())
                .get("/").then().statusCode(200).body(containsString(user)).body(containsString("Sign out"));
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAMessage() {
        String user = TestAccounts.create(accounts, "typo", Roles.REVIEWER);
        Map<String, String> session = given().redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", "not the password")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/login?failed=true"))
                .extract().cookies();
        assertFalse(session.containsKey("quotecheck-session"));
        assertFalse(session.containsKey("quotecheck-session-id"));
        given().get("/login?failed=true").then().body(containsString("Wrong username or password"));
    }

    @Test
    void signOutExpiresBothSessionCookies() {
        String user = TestAccounts.create(accounts, "leaver", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        var response = given().redirects().follow(false).cookies(session)
                .cookie(FormTokens.NAME, FormTokens.TOKEN).formParam(FormTokens.NAME, FormTokens.TOKEN)
                .post("/logout");
        response.then().statusCode(303).header("Location", endsWith("/login?signedOut=true"));
        assertThat(cookieHeader(response, "quotecheck-session"), containsString("Max-Age=0"));
        assertThat(cookieHeader(response, "quotecheck-session-id"), containsString("Max-Age=0"));
    }

    @Test
    void anAccountIsRefusedWith429AfterTooManyFailuresEvenWithTheRightPassword() {
        String user = TestAccounts.create(accounts, "guessed", Roles.REVIEWER);
        for (int i = 0; i < config.login().maxFailuresPerAccount(); i++) {
            given().redirects().follow(false)
                    .formParam("j_username", user).formParam("j_password", "guess " + i)
                    .post("/j_security_check").then().statusCode(302);
        }
        given().redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Too many failed sign-in attempts"));
        // HTTP Basic is throttled the same way, with a JSON answer.
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/articles")
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("title", equalTo("Too many failed sign-ins"));
    }

    @Test
    void aClientAddressIsRefusedAfterTooManyFailuresAcrossAccounts() {
        for (int i = 0; i < config.login().maxFailuresPerAddress(); i++) {
            given().redirects().follow(false)
                    .formParam("j_username", "nobody-" + i).formParam("j_password", "guess")
                    .post("/j_security_check").then().statusCode(302);
        }
        String user = TestAccounts.create(accounts, "neighbour", Roles.REVIEWER);
        given().redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check").then().statusCode(429);
    }

    @Test
    void successfulSignInsAreNotCountedAgainstTheAddress() {
        String user = TestAccounts.create(accounts, "script", Roles.REVIEWER);
        for (int i = 0; i < config.login().maxFailuresPerAddress() + 2; i++) {
            given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/articles").then().statusCode(200);
        }
    }

    @Test
    void httpBasicWorksForScriptsAndAWrongPasswordGets401() {
        String user = TestAccounts.create(accounts, "basic", Roles.REVIEWER);
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/articles").then().statusCode(200);
        given().auth().preemptive().basic(user, "wrong password").get("/api/articles").then().statusCode(401);
    }

    @Test
    void aDisabledAccountLosesItsSessionAtOnce() {
        String user = TestAccounts.create(accounts, "disabled", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        given().redirects().follow(false).cookies(session).get("/").then().statusCode(200);

        UserAccount account = accounts.byName(user);
        accounts.update(account.id, account.roleSet(), false, account.version);

        given().redirects().follow(false).cookies(session).get("/").then().statusCode(302);
        assertFalse(TestAccounts.signIn(user, TestAccounts.PASSWORD).containsKey("quotecheck-session"));
    }

    static String cookieHeader(Response response, String name) {
        return response.getHeaders().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.getHeaders()));
    }
}
