package com.quotecheck.security;

import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First start without a configured admin, on a database of its own: the one-time setup link creates the admin. */
@QuarkusTest
@TestProfile(SetupLinkTest.NoAccount.class)
class SetupLinkTest {

    public static class NoAccount implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:setup-link;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    FirstAdmin firstAdmin;
    @Inject
    AccountService accounts;

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    @Test
    void theSetupLinkCreatesTheFirstAdminOnceAndThenStopsWorking() {
        assertFalse(accounts.anyAccount(), "no account may exist without configuration");
        String link = firstAdmin.prepare().orElseThrow();
        String token = link.substring(link.indexOf("token=") + "token=".length());

        given().get("/setup?token=wrong").then().statusCode(200).body(containsString("no longer valid"));
        given().get("/setup?token=" + token).then().statusCode(200).body(containsString("Create the first admin"));
        given().formParam("token", token).formParam("username", "founder").formParam("password", "short")
                .post("/setup").then().statusCode(422).body(containsString("at least 8"))
                .body(containsString("value=\"founder\""));
        given().redirects().follow(false)
                .formParam("token", token).formParam("username", "founder").formParam("password", "a long password")
                .post("/setup").then().statusCode(303).header("Location", endsWith("/login"));

        assertTrue(accounts.byName("founder").hasRole(Roles.ADMIN));
        given().formParam("token", token).formParam("username", "intruder").formParam("password", "a long password")
                .post("/setup").then().statusCode(422);
        given().auth().preemptive().basic("intruder", "a long password").get("/api/articles").then().statusCode(401);
    }
}
