package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** An editor who did not write a verdict confirms or returns it; nothing is decided on a version nobody saw. */
@QuarkusTest
@TestSecurity(user = "eddie", roles = Roles.EDITOR)
class SignOffApiTest {

    private static long proposedQuote(String title) {
        long article = ApiFixtures.createArticle(title, "The envoy said “the door stays open” on Monday.");
        long quote = ApiFixtures.addQuote(article, "the door stays open");
        TestUsers.as("rita", Roles.REVIEWER,
                () -> ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE", "note", "as in the readout"))
                        .statusCode(200));
        return quote;
    }

    private static Map<String, Object> decision(boolean approve, String note, int version) {
        return note == null ? Map.of("approve", approve, "version", version)
                : Map.of("approve", approve, "note", note, "version", version);
    }

    @Test
    void anotherEditorConfirmsAProposedVerdict() {
        long quote = proposedQuote("Confirmed");
        int version = given().get("/api/quotes/" + quote).then()
                .body("status", equalTo("PROPOSED"))
                .body("signedOffBy", nullValue())
                .extract().path("version");
        given().contentType(ContentType.JSON).body(decision(true, "checked the transcript", version))
                .post("/api/quotes/" + quote + "/signoff")
                .then().statusCode(200)
                .body("id", equalTo((int) quote))
                .body("status", equalTo("VERIFIED"))
                .body("verdict", equalTo("ACCURATE"))
                .body("signedOffBy", equalTo("eddie"))
                .body("signedOffAt", notNullValue())
                .body("signOffNote", equalTo("checked the transcript"))
                .body("version", equalTo(version + 1));
    }

    @Test
    void refusesToSignOffOnesOwnVerdict() {
        long article = ApiFixtures.createArticle("Own verdict", "She said “we will see” twice.");
        long quote = ApiFixtures.addQuote(article, "we will see");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE")).statusCode(200);
        ApiFixtures.signOff(quote, true, null)
                .statusCode(403)
                .body("detail", containsString("You proposed this verdict yourself"));
        given().get("/api/quotes/" + quote).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    @TestSecurity(user = "rob", roles = Roles.REVIEWER)
    void reviewersCannotSignOff() {
        long quote = proposedQuote("Reviewer sign-off");
        ApiFixtures.signOff(quote, true, null).statusCode(403);
        given().get("/api/quotes/" + quote).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void returningNeedsANoteAndANewVerdictProposesAgain() {
        long quote = proposedQuote("Returned");
        ApiFixtures.signOff(quote, false, "  ")
                .statusCode(422)
                .body("detail", containsString("Say in a note why you return the verdict"));
        given().get("/api/quotes/" + quote).then().body("status", equalTo("PROPOSED"));

        ApiFixtures.signOff(quote, false, "The readout says “closed”, not “open”.")
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("signedOffBy", equalTo("eddie"))
                .body("signOffNote", equalTo("The readout says “closed”, not “open”."));

        TestUsers.as("rita", Roles.REVIEWER,
                () -> ApiFixtures.recordVerdict(quote, Map.of("verdict", "MISQUOTED")).statusCode(200));
        given().get("/api/quotes/" + quote).then()
                .body("status", equalTo("PROPOSED"))
                .body("verdict", equalTo("MISQUOTED"))
                .body("signedOffBy", nullValue())
                .body("signOffNote", nullValue());
    }

    @Test
    void refusesADecisionOnAQuoteThatIsNotProposed() {
        long article = ApiFixtures.createArticle("Unreviewed sign-off", "He said “not yet” then left.");
        long quote = ApiFixtures.addQuote(article, "not yet");
        ApiFixtures.signOff(quote, true, null)
                .statusCode(422)
                .body("detail", equalTo("Only a proposed verdict can be signed off; this quote is unreviewed."));
        long verified = proposedQuote("Already verified");
        ApiFixtures.signOff(verified, true, null).statusCode(200);
        ApiFixtures.signOff(verified, false, "changed my mind")
                .statusCode(422)
                .body("detail", containsString("this quote is verified"));
    }

    @Test
    void staleDecisionGets409AndTheFirstDecisionStands() {
        long quote = proposedQuote("Two editors");
        int seen = ApiFixtures.versionOf(quote);
        given().contentType(ContentType.JSON).body(decision(true, null, seen))
                .post("/api/quotes/" + quote + "/signoff").then().statusCode(200);
        TestUsers.as("erin", Roles.EDITOR, () -> given().contentType(ContentType.JSON)
                .body(decision(false, "not convinced", seen))
                .post("/api/quotes/" + quote + "/signoff")
                .then().statusCode(409)
                .body("title", equalTo("Changed by someone else")));
        given().get("/api/quotes/" + quote).then()
                .body("status", equalTo("VERIFIED"))
                .body("signedOffBy", equalTo("eddie"))
                .body("signOffNote", nullValue())
                .body("version", equalTo(seen + 1));
    }

    @Test
    void aNewVerdictMakesAnEditorsOpenDecisionStale() {
        long quote = proposedQuote("Verdict while deciding");
        int seen = ApiFixtures.versionOf(quote);
        TestUsers.as("rita", Roles.REVIEWER,
                () -> ApiFixtures.recordVerdict(quote, Map.of("verdict", "MISQUOTED")).statusCode(200));
        given().contentType(ContentType.JSON).body(decision(true, null, seen))
                .post("/api/quotes/" + quote + "/signoff").then().statusCode(409);
        given().get("/api/quotes/" + quote).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void refusesDecisionsWithoutVersionOrChoice() {
        long quote = proposedQuote("Incomplete decision");
        given().contentType(ContentType.JSON).body(Map.of("note", "hm"))
                .post("/api/quotes/" + quote + "/signoff")
                .then().statusCode(400)
                .body("fields.approve", containsString("approve"))
                .body("fields.version", containsString("version"));
    }

    @Test
    void changingTheAttributionOfAVerifiedQuoteNeedsSignOffAgain() {
        long quote = proposedQuote("Attribution after sign-off");
        ApiFixtures.signOff(quote, true, null).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("speaker", "", "version", ApiFixtures.versionOf(quote)))
                .patch("/api/quotes/" + quote).then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("speaker", "Someone Else", "version", ApiFixtures.versionOf(quote)))
                .patch("/api/quotes/" + quote).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("verdict", equalTo("ACCURATE"))
                .body("signedOffBy", nullValue());
        given().get("/api/export?format=json&articleId=" + articleOf(quote)).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static long articleOf(long quote) {
        return given().get("/api/quotes/" + quote).then().extract().jsonPath().getLong("articleId");
    }
}
