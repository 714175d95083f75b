package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class QuoteApiTest {

    private static final String READOUT = "The Secretary discussed the importance of maintaining open lines of"
            + " communication and raised areas of concern as well as areas of potential cooperation.";

    @Test
    void correctsSpeakerAndAttributedSource() {
        long article = ApiFixtures.createArticle("Correction", "Officials discussed the importance of talks.");
        long quote = ApiFixtures.addQuote(article, "the importance of talks");
        long source = ApiFixtures.createSource("Readout for correction", READOUT);
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Matthew Miller", "sourceId", source))
                .patch("/api/quotes/" + quote)
                .then().statusCode(200)
                .body("speakerName", equalTo("Matthew Miller"))
                .body("sourceId", equalTo((int) source));
        given().contentType(ContentType.JSON).body(Map.of("sourceId", 0))
                .patch("/api/quotes/" + quote)
                .then().statusCode(200)
                .body("speakerName", equalTo("Matthew Miller"))
                .body("sourceId", nullValue());
    }

    @Test
    void refusesAttributionToUnknownSource() {
        long article = ApiFixtures.createArticle("Unknown source", "He said something.");
        long quote = ApiFixtures.addQuote(article, "said something");
        given().contentType(ContentType.JSON).body(Map.of("sourceId", 99999999))
                .patch("/api/quotes/" + quote)
                .then().statusCode(404);
    }

    @Test
    void deletesQuoteWithItsVerdicts() {
        long article = ApiFixtures.createArticle("Deletion", "A wrong quote appears here.");
        long quote = ApiFixtures.addQuote(article, "wrong quote");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "UNVERIFIABLE")).statusCode(200);
        given().delete("/api/quotes/" + quote).then().statusCode(204);
        given().get("/api/quotes/" + quote).then().statusCode(404);
        given().get("/api/articles/" + article + "/quotes").then().body("", hasSize(0));
    }

    @Test
    void findsTheSourcePassageOfAQuote() {
        long source = ApiFixtures.createSource("Readout with passage", READOUT);
        long article = ApiFixtures.createArticle("Matches",
                "The State Department said he discussed the importance of maintaining open lines of communication.");
        long quote = ApiFixtures.addQuote(article, "the importance of maintaining open lines of communication");
        given().contentType(ContentType.JSON).body(Map.of("sourceId", source))
                .patch("/api/quotes/" + quote).then().statusCode(200);
        var json = given().get("/api/quotes/" + quote + "/matches")
                .then().statusCode(200)
                .body("class", equalTo("EXACT"))
                .body("best.sourceId", equalTo((int) source))
                .body("attributedSourceMatches", equalTo(true))
                .extract().jsonPath();
        int start = json.getInt("best.start");
        int end = json.getInt("best.end");
        org.junit.jupiter.api.Assertions.assertEquals(READOUT.substring(start, end), json.getString("best.passage"));
    }

    @Test
    void reportsNotFoundForAQuoteWithNoSource() {
        long article = ApiFixtures.createArticle("Nothing matches",
                "“Purple elephants negotiate quietly beneath glaciers,” he said.");
        long quote = ApiFixtures.addQuote(article, "Purple elephants negotiate quietly beneath glaciers");
        given().get("/api/quotes/" + quote + "/matches")
                .then().statusCode(200)
                .body("class", equalTo("NOT_FOUND"))
                .body("best", nullValue())
                .body("attributedSourceMatches", nullValue());
    }

    @Test
    void recordsVerdictsAndKeepsTheirHistory() {
        long source = ApiFixtures.createSource("Readout for verdicts", READOUT);
        long article = ApiFixtures.createArticle("Verdicts", "He raised areas of concern, officials said.");
        long quote = ApiFixtures.addQuote(article, "raised areas of concern");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "MINOR_DEVIATION", "note", "close enough",
                        "sourceId", source, "start", 0, "end", 20))
                .statusCode(200)
                .body("verdict", equalTo("MINOR_DEVIATION"))
                .body("sourceId", equalTo((int) source))
                .body("start", equalTo(0))
                .body("end", equalTo(20))
                .body("reviewer", equalTo("rita"));
        // A typed reviewer name is ignored: the verdict is the signed-in user's.
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE", "reviewer", "Ana"))
                .statusCode(200)
                .body("reviewer", equalTo("rita"));
        given().get("/api/quotes/" + quote).then()
                .body("verdict", equalTo("ACCURATE"))
                .body("status", equalTo("PROPOSED"));
        given().get("/api/quotes/" + quote + "/verdicts").then()
                .body("", hasSize(2))
                .body("[0].verdict", equalTo("ACCURATE"))
                .body("[1].verdict", equalTo("MINOR_DEVIATION"))
                .body("[1].note", equalTo("close enough"));
    }

    @Test
    void refusesUnknownVerdictAndPassageOutsideTheSource() {
        long source = ApiFixtures.createSource("Short readout", "Short text.");
        long article = ApiFixtures.createArticle("Bad verdicts", "Short text, he said.");
        long quote = ApiFixtures.addQuote(article, "Short text");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "TRUE-ISH")).statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of())
                .put("/api/quotes/" + quote + "/verdict")
                .then().statusCode(400)
                .body("fields.verdict", equalTo("Choose a verdict."))
                .body("fields.version", containsString("Send the quote version"));
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE", "sourceId", source, "start", 5, "end", 500))
                .statusCode(422).body("detail", containsString("not a range inside the source"));
        given().get("/api/quotes/" + quote + "/verdicts").then().body("", hasSize(0));
    }

    @Test
    void refusesVerdictMadeOnAStaleVersionAndKeepsTheNewerOne() {
        long article = ApiFixtures.createArticle("Concurrent reviewers", "They agreed on everything, he said.");
        long quote = ApiFixtures.addQuote(article, "agreed on everything");
        int version = given().get("/api/quotes/" + quote).then().extract().jsonPath().getInt("version");
        TestUsers.as("first", Roles.REVIEWER, () -> given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "ACCURATE", "note", "first's note", "version", version))
                .put("/api/quotes/" + quote + "/verdict").then().statusCode(200));
        TestUsers.as("second", Roles.REVIEWER, () -> given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "MISQUOTED", "note", "second's note", "version", version))
                .put("/api/quotes/" + quote + "/verdict")
                .then().statusCode(409).body("title", equalTo("Changed by someone else")));
        given().get("/api/quotes/" + quote).then().body("verdict", equalTo("ACCURATE"));
        given().get("/api/quotes/" + quote + "/verdicts").then()
                .body("", hasSize(1))
                .body("[0].reviewer", equalTo("first"))
                .body("[0].note", equalTo("first's note"));
    }
}
