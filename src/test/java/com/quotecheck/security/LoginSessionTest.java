package com.quotecheck.security;

import com.quotecheck.support.Hashing;
import com.quotecheck.support.Secrets;
import com.quotecheck.web.FormTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Login-form sessions live in the database: signing out ends every copy of a browser's cookies. */
@QuarkusTest
class LoginSessionTest {

    private static final String FORM_COOKIE = "quotecheck-session";

    @Inject
    AccountService accounts;

    @Test
    void cookiesKeptFromBeforeSignOutNoLongerSignIn() {
        String user = TestAccounts.create(accounts, "leaver", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        assertSignedIn(session);

        signOut(session).then().statusCode(303).header("Location", endsWith("/login?signedOut=true"));

        assertSentToLogin(session);
    }

    @Test
    void anApiCallWithASignedOutCookieGetsAJson401NotTheLoginPage() {
        String user = TestAccounts.create(accounts, "scripted-leaver", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        given().cookies(session).get("/api/articles").then().statusCode(200);

        signOut(session).then().statusCode(303);

        given().redirects().follow(false).cookies(session).get("/api/articles").then().statusCode(401)
                .contentType(ContentType.JSON).body("title", equalTo("Sign-in required"));
    }

    @Test
    void anotherSessionOfTheSameUserOutlivesTheFirstOnesSignOut() {
        String user = TestAccounts.create(accounts, "two-tabs", Roles.REVIEWER);
        Map<String, String> laptop = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        Map<String, String> phone = TestAccounts.signIn(user, TestAccounts.PASSWORD);

        signOut(laptop).then().statusCode(303);

        assertSentToLogin(laptop);
        assertSignedIn(phone);
    }

    @Test
    void signingInAgainInTheSameBrowserEndsItsPreviousSession() {
        String user = TestAccounts.create(accounts, "again", Roles.REVIEWER);
        Map<String, String> first = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        Map<String, String> second = given().redirects().follow(false).cookies(first)
                .formParam("j_username", user).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check").getCookies();

        assertSentToLogin(first);
        assertSignedIn(second);
        assertEquals(1, sessionsOf(user));
    }

    @Test
    void theFormCookieWithoutTheSessionIdDoesNotSignIn() {
        String user = TestAccounts.create(accounts, "half", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        assertSentToLogin(Map.of(FORM_COOKIE, session.get(FORM_COOKIE)));
    }

    @Test
    void aForgedSessionIdDoesNotSignIn() {
        String user = TestAccounts.create(accounts, "forger", Roles.REVIEWER);
        Map<String, String> forged = new HashMap<>(TestAccounts.signIn(user, TestAccounts.PASSWORD));
        forged.put(SessionCookies.SESSION_ID, Secrets.random(32));
        assertSentToLogin(forged);
    }

    @Test
    void anotherUsersSessionIdDoesNotOpenThisUsersCookie() {
        String victim = TestAccounts.create(accounts, "victim", Roles.ADMIN);
        String other = TestAccounts.create(accounts, "other", Roles.REVIEWER);
        Map<String, String> mixed = new HashMap<>(TestAccounts.signIn(victim, TestAccounts.PASSWORD));
        mixed.put(SessionCookies.SESSION_ID,
                TestAccounts.signIn(other, TestAccounts.PASSWORD).get(SessionCookies.SESSION_ID));
        assertSentToLogin(mixed);
    }

    @Test
    void aRefusedSessionsCookiesAreExpiredSoTheLoginPageOpensAfterOneRedirect() {
        String user = TestAccounts.create(accounts, "stale", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        signOut(session).then().statusCode(303);

        Response refused = given().redirects().follow(false).cookies(session).get("/login");
        refused.then().statusCode(302).header("Location", endsWith("/login"));
        assertThat(SignInTest.cookieHeader(refused, FORM_COOKIE), containsString("Max-Age=0"));
        assertThat(SignInTest.cookieHeader(refused, SessionCookies.SESSION_ID), containsString("Max-Age=0"));
        given().redirects().follow(false).get("/login").then().statusCode(200);
    }

    @Test
    void onlyTheHashOfTheSessionIdIsStored() {
        String user = TestAccounts.create(accounts, "hashed", Roles.REVIEWER);
        String id = TestAccounts.signIn(user, TestAccounts.PASSWORD).get(SessionCookies.SESSION_ID);
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(LoginSession.findById(id));
            assertEquals(user, LoginSession.<LoginSession>findById(Hashing.sha256(id)).username);
        });
    }

    @Test
    void httpBasicAndApiTokensStillWorkAndStartNoSession() {
        String user = TestAccounts.create(accounts, "script", Roles.REVIEWER);
        String token = accounts.createToken(user, "nightly import").secret();

        Response basic = given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/articles");
        basic.then().statusCode(200);
        Response bearer = given().auth().oauth2(token).get("/api/articles");
        bearer.then().statusCode(200);

        assertNull(basic.getCookie(SessionCookies.SESSION_ID));
        assertNull(bearer.getCookie(SessionCookies.SESSION_ID));
        assertEquals(0, sessionsOf(user));
    }

    @Test
    void anAdminResettingThePasswordEndsTheUsersSessions() {
        String user = TestAccounts.create(accounts, "reset", Roles.REVIEWER);
        Map<String, String> session = TestAccounts.signIn(user, TestAccounts.PASSWORD);

        accounts.resetPassword(accounts.byName(user).id, "a new long password");

        assertSentToLogin(session);
        assertEquals(0, sessionsOf(user));
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsOnly() {
        String user = TestAccounts.create(accounts, "rotator", Roles.REVIEWER);
        Map<String, String> here = TestAccounts.signIn(user, TestAccounts.PASSWORD);
        Map<String, String> elsewhere = TestAccounts.signIn(user, TestAccounts.PASSWORD);

        asForm(here).formParam("current", TestAccounts.PASSWORD).formParam("password", "a fresh long password")
                .post("/profile/password").then().statusCode(303);

        assertSignedIn(here);
        assertSentToLogin(elsewhere);
        assertEquals(1, sessionsOf(user));
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        String user = TestAccounts.create(accounts, "disabled", Roles.REVIEWER);
        TestAccounts.signIn(user, TestAccounts.PASSWORD);
        TestAccounts.signIn(user, TestAccounts.PASSWORD);
        assertEquals(2, sessionsOf(user));

        UserAccount account = accounts.byName(user);
        accounts.update(account.id, account.roleSet(), false, account.version);

        assertEquals(0, sessionsOf(user));
    }

    private static Response signOut(Map<String, String> session) {
        return asForm(session).post("/logout");
    }

    /** A form post from the browser holding {@code session}, with its CSRF token as a page would send it. */
    private static RequestSpecification asForm(Map<String, String> session) {
        return given().redirects().follow(false).cookies(session)
                .cookie(FormTokens.NAME, FormTokens.TOKEN).formParam(FormTokens.NAME, FormTokens.TOKEN);
    }

    private static void assertSignedIn(Map<String, String> session) {
        given().redirects().follow(false).cookies(session).get("/").then().statusCode(200)
                .body(containsString("Sign out"));
    }

    private static void assertSentToLogin(Map<String, String> cookies) {
        given().redirects().follow(false).cookies(cookies).get("/articles/new").then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    private static long sessionsOf(String user) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.count("username", user));
    }
}
