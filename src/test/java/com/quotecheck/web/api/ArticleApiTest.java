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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class ArticleApiTest {

    private static final String TEXT = "The minister spoke on Monday.\n\n"
            + "“We will not back down on this,” says Maria Lopez, a spokeswoman for the ministry.\n\n"
            + "Critics were unconvinced.";

    @Test
    void createsArticleAndExtractsItsQuotesWithExactOffsets() {
        var json = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Ministry holds firm", "text", TEXT, "outlet", "Daily Example",
                        "url", "https://example.org/a", "publishedOn", "2023-06-16"))
                .post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Ministry holds firm"))
                .body("outlet", equalTo("Daily Example"))
                .body("publishedOn", equalTo("2023-06-16"))
                .body("quotes.text", hasItem("We will not back down on this,"))
                .extract().jsonPath();
        int start = json.getInt("quotes[0].start");
        int end = json.getInt("quotes[0].end");
        org.junit.jupiter.api.Assertions.assertEquals(json.getString("quotes[0].text"), TEXT.substring(start, end));
        org.junit.jupiter.api.Assertions.assertEquals("Maria Lopez", json.getString("quotes[0].speakerName"));
    }

    @Test
    void listsArticlesWithReviewProgress() {
        long id = ApiFixtures.createArticle("Progress listing", TEXT);
        given().get("/api/articles").then().statusCode(200)
                .body("find { it.id == " + id + " }.title", equalTo("Progress listing"))
                .body("find { it.id == " + id + " }.quotes", equalTo(1))
                .body("find { it.id == " + id + " }.verified", equalTo(0))
                .body("find { it.id == " + id + " }.proposed", equalTo(0))
                .body("find { it.id == " + id + " }.returned", equalTo(0))
                .body("find { it.id == " + id + " }.unreviewed", equalTo(1));
    }

    @Test
    void returnsOneArticleWithTextAndQuotes() {
        long id = ApiFixtures.createArticle("One article", TEXT);
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("text", equalTo(TEXT))
                .body("quotes", hasSize(1))
                .body("quotes[0].articleId", equalTo((int) id))
                .body("quotes[0].kind", equalTo("DIRECT"))
                .body("quotes[0].verdict", nullValue());
        given().get("/api/articles/" + id + "/quotes").then().statusCode(200)
                .body("[0].text", equalTo("We will not back down on this,"));
    }

    @Test
    void answersUnknownArticleWith404Problem() {
        given().get("/api/articles/987654321").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("detail", containsString("987654321"));
    }

    @Test
    void refusesArticleWithoutTitleOrText() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text"))
                .post("/api/articles")
                .then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("fields.title", containsString("title"));
        given().contentType(ContentType.JSON).body(Map.of("title", "No text", "text", "  "))
                .post("/api/articles")
                .then().statusCode(400)
                .body("fields.text", notNullValue());
    }

    @Test
    void refusesMalformedJsonAndBadDates() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"text\": ")
                .post("/api/articles")
                .then().statusCode(400).body("title", equalTo("Malformed JSON"));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "text", "y", "publishedOn", "16/06/2023"))
                .post("/api/articles")
                .then().statusCode(400)
                .body("fields.publishedOn", containsString("YYYY-MM-DD"));
    }

    @Test
    void refusesArticleOverFiveMillionCharactersWith413() {
        String huge = "a".repeat(5_000_001);
        given().contentType(ContentType.JSON).body(Map.of("title", "Huge", "text", huge))
                .post("/api/articles")
                .then().statusCode(413)
                .body("detail", containsString("5000000"));
    }

    @Test
    void addsQuoteFoundInArticleFromStartOnward() {
        String text = "He said yes. Later he said yes again.";
        long id = ApiFixtures.createArticle("Repeated words", text);
        given().contentType(ContentType.JSON).body(Map.of("text", "said yes", "start", 10, "speaker", "Tom Ford"))
                .post("/api/articles/" + id + "/quotes")
                .then().statusCode(201)
                .header("Location", containsString("/api/quotes/"))
                .body("start", equalTo(text.indexOf("said yes", 10)))
                .body("end", equalTo(text.indexOf("said yes", 10) + "said yes".length()))
                .body("speaker", equalTo("Tom Ford"))
                .body("kind", equalTo("DIRECT"));
    }

    @Test
    void allowsOverlappingQuotes() {
        String text = "She called it a grave and historic mistake for everyone.";
        long id = ApiFixtures.createArticle("Overlaps", text);
        ApiFixtures.addQuote(id, "a grave and historic mistake");
        ApiFixtures.addQuote(id, "historic mistake");
        given().get("/api/articles/" + id + "/quotes").then().body("text",
                org.hamcrest.Matchers.hasItems("a grave and historic mistake", "historic mistake"));
    }

    @Test
    void refusesQuoteNotInArticleWith422() {
        long id = ApiFixtures.createArticle("Refusal", "Nothing quotable here.");
        given().contentType(ContentType.JSON).body(Map.of("text", "words that are absent"))
                .post("/api/articles/" + id + "/quotes")
                .then().statusCode(422)
                .body("detail", containsString("does not occur in the article"));
    }
}
