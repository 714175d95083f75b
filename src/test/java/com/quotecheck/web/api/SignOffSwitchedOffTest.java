package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** A one-person desk: with sign-off switched off a verdict verifies the quote, and sign-off is refused. */
@QuarkusTest
@TestProfile(SignOffSwitchedOffTest.OnePersonDesk.class)
@TestSecurity(user = "solo", roles = {Roles.REVIEWER, Roles.EDITOR})
class SignOffSwitchedOffTest {

    public static class OnePersonDesk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotecheck.review.sign-off", "false");
        }
    }

    @Test
    void aVerdictVerifiesAtOnceAndIsExported() {
        long article = ApiFixtures.createArticle("One-person desk", "She said “we are done” today.");
        long quote = ApiFixtures.addQuote(article, "we are done");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE")).statusCode(200);
        given().get("/api/quotes/" + quote).then()
                .body("status", equalTo("VERIFIED"))
                .body("signedOffBy", nullValue());
        given().get("/api/export?format=json&articleId=" + article).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("VERIFIED"));
    }

    @Test
    void signOffIsRefusedAndThePageSaysItIsOff() {
        long article = ApiFixtures.createArticle("No sign-off", "He said “no more” then.");
        long quote = ApiFixtures.addQuote(article, "no more");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "MISQUOTED")).statusCode(200);
        ApiFixtures.signOff(quote, false, "should not matter")
                .statusCode(422)
                .body("detail", containsString("Sign-off is switched off"));
        given().get("/quotes/" + quote).then().statusCode(200)
                .body(containsString("Sign-off is switched off on this desk"))
                .body(not(containsString("/signoff\"")));
    }
}
