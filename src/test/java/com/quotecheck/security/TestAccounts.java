package com.quotecheck.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Real accounts for tests that sign in the way people and scripts do, instead of a test identity. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {
    }

    /** Creates an account with a name no other test uses. */
    public static String create(AccountService accounts, String prefix, String... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        accounts.create(new AccountDraft(username, PASSWORD, Set.of(roles)));
        return username;
    }

    /**
     * Signs in through the login form and returns the cookies a browser would keep: the encrypted session cookie and
     * the session id; none when the sign-in failed.
     */
    public static Map<String, String> signIn(String username, String password) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        return response.getCookies();
    }

    /** Forgets counted sign-in failures, so one test's refusals do not lock the shared test address for the next. */
    public static void forgetFailures() {
        QuarkusTransaction.requiringNew().run(() -> LoginFailures.deleteAll());
    }
}
