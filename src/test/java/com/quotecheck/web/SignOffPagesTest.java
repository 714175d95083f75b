package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.web.api.ApiFixtures;
import com.quotecheck.web.api.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The sign-off panel of the review page: status, who proposed and who decided, and the form only editors get. */
@QuarkusTest
@TestSecurity(user = "eddie", roles = Roles.EDITOR)
class SignOffPagesTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    private static long proposedQuote(String title) {
        long article = ApiFixtures.createArticle(title, "The minister said “prices will fall” next year.");
        long quote = ApiFixtures.addQuote(article, "prices will fall");
        TestUsers.as("rita", Roles.REVIEWER,
                () -> ApiFixtures.recordVerdict(quote, Map.of("verdict", "MINOR_DEVIATION")).statusCode(200));
        return quote;
    }

    @Test
    void editorsGetTheSignOffFormReviewersOnlyTheStatus() {
        long quote = proposedQuote("Form for editors");
        given().get("/quotes/" + quote).then().statusCode(200)
                .body(containsString("<span class=\"badge status-proposed\">Proposed</span>"))
                .body(containsString("proposed by <strong>rita</strong>"))
                .body(containsString("action=\"/quotes/" + quote + "/signoff\""))
                .body(containsString("name=\"version\" value=\"" + ApiFixtures.versionOf(quote) + "\""))
                .body(not(containsString("name=\"reviewer\"")));
        TestUsers.as("rob", Roles.REVIEWER, () -> given().get("/quotes/" + quote).then().statusCode(200)
                .body(containsString("Proposed"))
                .body(not(containsString("/signoff\""))));
        TestUsers.as("rob", Roles.REVIEWER, () -> given().redirects().follow(false)
                .formParam("decision", "approve").formParam("version", ApiFixtures.versionOf(quote))
                .post("/quotes/" + quote + "/signoff").then().statusCode(403));
    }

    @Test
    void editorWhoProposedIsToldAnotherEditorMustDecide() {
        long article = ApiFixtures.createArticle("Own proposal page", "He said “all clear” at noon.");
        long quote = ApiFixtures.addQuote(article, "all clear");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE")).statusCode(200);
        given().get("/quotes/" + quote).then().statusCode(200)
                .body(containsString("You proposed this verdict: another editor must sign it off."))
                .body(not(containsString("/signoff\"")));
    }

    @Test
    void confirmingRedirectsAndShowsWhoSignedOff() {
        long quote = proposedQuote("Confirm by form");
        String location = given().redirects().follow(false)
                .formParam("decision", "approve").formParam("version", ApiFixtures.versionOf(quote))
                .post("/quotes/" + quote + "/signoff")
                .then().statusCode(303).extract().header("Location");
        given().get(location).then().statusCode(200)
                .body(containsString("Verdict confirmed: the quote is verified."))
                .body(containsString("<span class=\"badge status-verified\">Verified</span>"))
                .body(containsString("Confirmed by <strong>eddie</strong>"));
    }

    @Test
    void returningWithoutANoteIsRefusedAndWithOneIsShown() {
        long quote = proposedQuote("Return by form");
        int version = ApiFixtures.versionOf(quote);
        given().formParam("decision", "return").formParam("version", version)
                .post("/quotes/" + quote + "/signoff")
                .then().statusCode(422)
                .body(containsString("Say in a note why you return the verdict"));
        given().redirects().follow(false)
                .formParam("decision", "return").formParam("note", "Compare with the <b>full</b> speech")
                .formParam("version", version)
                .post("/quotes/" + quote + "/signoff").then().statusCode(303);
        given().get("/quotes/" + quote).then().statusCode(200)
                .body(containsString("<span class=\"badge status-returned\">Returned</span>"))
                .body(containsString("Returned by <strong>eddie</strong>"))
                .body(containsString("“Compare with the &lt;b&gt;full&lt;/b&gt; speech”"));
    }

    @Test
    void staleCorrectionShowsTheOtherCorrectionBesideYours() {
        long quote = proposedQuote("Stale correction by form");
        int seen = ApiFixtures.versionOf(quote);
        TestUsers.as("rita", Roles.REVIEWER, () -> given().redirects().follow(false)
                .formParam("speaker", "Minister Lund").formParam("sourceId", "").formParam("version", seen)
                .post("/quotes/" + quote + "/attribution").then().statusCode(303));
        given().formParam("speaker", "Deputy Berg").formParam("sourceId", "").formParam("version", seen)
                .post("/quotes/" + quote + "/attribution")
                .then().statusCode(409)
                .body(containsString("Your correction was not saved."))
                .body(containsString("<dt>Speaker</dt><dd>Deputy Berg</dd><dt>Attributed source</dt><dd>none</dd>"))
                .body(containsString("<dt>Speaker</dt><dd>Minister Lund</dd>"));
        given().get("/api/quotes/" + quote).then().body("speakerName", equalTo("Minister Lund"));
    }

    @Test
    void staleDecisionShowsTheOtherEditorsDecisionBesideYours() {
        long quote = proposedQuote("Stale decision by form");
        int seen = ApiFixtures.versionOf(quote);
        TestUsers.as("erin", Roles.EDITOR, () -> given().redirects().follow(false)
                .formParam("decision", "return").formParam("note", "erin wants the source").formParam("version", seen)
                .post("/quotes/" + quote + "/signoff").then().statusCode(303));
        given().formParam("decision", "approve").formParam("note", "looks right").formParam("version", seen)
                .post("/quotes/" + quote + "/signoff")
                .then().statusCode(409)
                .body(containsString("Yours (not saved)"))
                .body(containsString("<dt>Decision</dt><dd>confirm the verdict</dd><dt>Note</dt><dd>looks right</dd>"))
                .body(containsString("<dt>Status</dt><dd>Returned</dd>"))
                .body(containsString("Returned by erin"))
                .body(containsString("erin wants the source"));
        given().get("/api/quotes/" + quote).then()
                .body("status", equalTo("RETURNED"))
                .body("signedOffBy", equalTo("erin"));
    }
}
