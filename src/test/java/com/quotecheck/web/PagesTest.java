package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.web.api.ApiFixtures;
import com.quotecheck.web.api.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class PagesTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    private static final String HOSTILE = "<script>alert('x')</script>";

    @Test
    void homePageListsArticlesAndOffersTheSample() {
        ApiFixtures.createArticle("Listed on the home page", "“Yes,” she said.");
        given().get("/").then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Listed on the home page"))
                .body(containsString("action=\"/sample\""));
    }

    @Test
    void articleFormSavesAndRedirectsToTheArticle() {
        given().redirects().follow(false)
                .formParam("title", "Form article").formParam("text", "“We are ready,” says Anna Berg.")
                .formParam("publishedOn", "2023-06-16")
                .post("/articles")
                .then().statusCode(303)
                .header("Location", containsString("/articles/"));
    }

    @Test
    void articleFormTakesALongArticleWhole() {
        String paragraph = "“Every word counts here,” says Paul Lee, an editor. ";
        String text = paragraph.repeat(4_000);
        String location = given().redirects().follow(false)
                .formParam("title", "Long article").formParam("text", text)
                .post("/articles")
                .then().statusCode(303).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("text.length()", org.hamcrest.Matchers.equalTo(text.length()));
    }

    @Test
    void articleFormShowsErrorsAndKeepsWhatWasTyped() {
        given().formParam("title", "").formParam("text", "Kept text " + HOSTILE).formParam("publishedOn", "June 16")
                .formParam("outlet", "Kept outlet")
                .post("/articles")
                .then().statusCode(400)
                .body(containsString("Give the article a title."))
                .body(containsString("Enter the date as YYYY-MM-DD"))
                .body(containsString("Kept outlet"))
                .body(containsString("June 16"))
                .body(containsString("Kept text &lt;script&gt;"))
                .body(not(containsString(HOSTILE)));
    }

    @Test
    void articlePageHighlightsQuotesAndEscapesUserText() {
        long id = ApiFixtures.createArticle("Title " + HOSTILE,
                "Intro " + HOSTILE + "\n\n“We will decide tomorrow,” says Maria Lopez.");
        given().get("/articles/" + id).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert("))
                .body(not(containsString(HOSTILE)))
                .body(containsString("class=\"q q-direct\""))
                .body(containsString("We will decide tomorrow,"))
                .body(containsString("Maria Lopez"));
    }

    @Test
    void addQuoteFormRefusesTextNotInTheArticleAndKeepsIt() {
        long id = ApiFixtures.createArticle("Add by form", "Only these words are here.");
        given().formParam("text", "words from elsewhere").formParam("speaker", "Kept Speaker")
                .post("/articles/" + id + "/quotes")
                .then().statusCode(422)
                .body(containsString("does not occur in the article"))
                .body(containsString("words from elsewhere"))
                .body(containsString("Kept Speaker"));
        given().redirects().follow(false).formParam("text", "these words").formParam("speaker", "Ed Ray")
                .post("/articles/" + id + "/quotes")
                .then().statusCode(303).header("Location", containsString("/articles/" + id + "#quote-"));
        given().get("/api/articles/" + id + "/quotes").then().body("[0].speaker", org.hamcrest.Matchers.equalTo("Ed Ray"));
    }

    @Test
    void reextractionRunsAsAJobThenShowsTheArticleWithWhatItDid() throws InterruptedException {
        ApiFixtures.createSource("Re-extraction readout", "Minister Jo Park said: we will win the vote this week.");
        long id = ApiFixtures.createArticle("Re-extract",
                "“We will win the vote,” says Jo Park. “Purple giraffes negotiate tariffs on Tuesdays,” says Al Roe.");
        long quote = given().get("/api/articles/" + id + "/quotes").then().extract().jsonPath().getLong("[0].id");
        given().redirects().follow(false).formParam("speaker", "Joanna Park")
                .post("/quotes/" + quote + "/attribution").then().statusCode(303);

        String job = given().redirects().follow(false).post("/articles/" + id + "/extract")
                .then().statusCode(303).header("Location", containsString("/jobs/"))
                .extract().header("Location");
        String article = JobPage.finished(job).header("Location");
        assertEquals("/articles/" + id + "?job=" + job.substring(job.lastIndexOf('/') + 1),
                article.replaceFirst("^https?://[^/]+", ""));
        given().get(article).then().statusCode(200)
                .body(containsString("Extraction ran again and found 2 quotes, 1 of them new; kept 1 quote you added,"
                        + " corrected or judged. Quotes with a passage in the source library: 1 of 2."));
        given().get("/api/articles/" + id + "/quotes").then()
                .body("size()", org.hamcrest.Matchers.equalTo(2))
                .body("[0].id", org.hamcrest.Matchers.equalTo((int) quote))
                .body("[0].speakerName", org.hamcrest.Matchers.equalTo("Joanna Park"));
    }

    @Test
    void articlePageShowsNoOutcomeOfAnotherArticlesJob() throws InterruptedException {
        long first = ApiFixtures.createArticle("First", "“Yes,” says Ann Lee.");
        long second = ApiFixtures.createArticle("Second", "“No,” says Bo Chen.");
        String job = given().redirects().follow(false).post("/articles/" + first + "/extract")
                .then().statusCode(303).extract().header("Location");
        JobPage.finished(job);
        given().get("/articles/" + second + "?job=" + job.substring(job.lastIndexOf('/') + 1)).then()
                .statusCode(200).body(not(containsString("Extraction ran again")));
        given().get("/articles/" + second + "?job=999999999").then()
                .statusCode(200).body(not(containsString("Extraction ran again")));
    }

    @Test
    @TestSecurity(user = "Rae", roles = Roles.REVIEWER)
    void reviewersCannotRunExtractionAgain() {
        long[] id = new long[1];
        TestUsers.as("Ed", Roles.EDITOR,
                () -> id[0] = ApiFixtures.createArticle("Not for reviewers", "“Yes,” says Ann Lee."));
        given().redirects().follow(false).post("/articles/" + id[0] + "/extract").then().statusCode(403);
    }

    @Test
    void reviewPageShowsQuoteSourceAndVerdictForm() {
        long source = ApiFixtures.createSource("Review readout", "They must respect our sovereignty and interests.");
        long article = ApiFixtures.createArticle("Review page",
                "Officials said “respect our sovereignty” was the message. " + HOSTILE);
        long quote = ApiFixtures.addQuote(article, "respect our sovereignty");
        given().contentType(ContentType.JSON).body(java.util.Map.of("sourceId", source)).patch("/api/quotes/" + quote);
        given().get("/quotes/" + quote).then().statusCode(200)
                .body(allOf(containsString("In the article"), containsString("In the source")))
                .body(containsString("<mark class=\"passage\">respect our sovereignty</mark>"))
                .body(containsString("name=\"verdict\" value=\"ACCURATE\""))
                .body(containsString("Review readout"))
                .body(not(containsString(HOSTILE)));
    }

    @Test
    @TestSecurity(user = "Rae", roles = Roles.REVIEWER)
    void verdictFormRecordsAndRedirectsOrExplainsWhatIsMissing() {
        long article = ApiFixtures.createArticle("Verdict by form", "He said “nothing at all” then.");
        long quote = ApiFixtures.addQuote(article, "nothing at all");
        given().formParam("note", "kept note").post("/quotes/" + quote + "/verdict")
                .then().statusCode(400)
                .body(containsString("Choose a verdict."))
                .body(containsString("kept note"));
        String location = given().redirects().follow(false).formParam("verdict", "UNVERIFIABLE")
                .formParam("note", "no source").formParam("version", ApiFixtures.versionOf(quote))
                .post("/quotes/" + quote + "/verdict")
                .then().statusCode(303).header("Location", containsString("/quotes/" + quote + "?saved=verdict"))
                .extract().header("Location");
        given().get(location).then()
                .body(containsString("Verdict recorded."))
                .body(containsString("Rae"))
                .body(containsString("no source"));
    }

    @Test
    void staleVerdictFormGets409AndShowsTheOtherVerdictBesideYours() {
        long article = ApiFixtures.createArticle("Stale form", "They said “all is well” today.");
        long quote = ApiFixtures.addQuote(article, "all is well");
        int seen = ApiFixtures.versionOf(quote);
        TestUsers.as("olga", Roles.REVIEWER, () -> given().redirects().follow(false).formParam("verdict", "ACCURATE")
                .formParam("note", "olga's reading").formParam("version", seen)
                .post("/quotes/" + quote + "/verdict").then().statusCode(303));
        String page = given().formParam("verdict", "MISQUOTED").formParam("version", seen)
                .formParam("note", "my late note")
                .post("/quotes/" + quote + "/verdict")
                .then().statusCode(409)
                .body(containsString("Someone changed this quote"))
                .body(containsString("Yours (not saved)"))
                .body(containsString("<dt>Verdict</dt><dd>MISQUOTED</dd><dt>Note</dt><dd>my late note</dd>"))
                .body(containsString("Accurate by olga"))
                .body(containsString("olga&#39;s reading"))
                .extract().asString();
        // Sending the form again now means overriding knowingly: it carries the current version.
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("name=\"version\" value=\""
                + ApiFixtures.versionOf(quote) + "\""), "the re-shown form refers to the current version");
        given().get("/api/quotes/" + quote + "/verdicts").then().body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void sourcePagesListCreateAndShowWithPassage() {
        given().get("/sources/new").then().statusCode(200).body(containsString("Government readout"));
        String location = given().redirects().follow(false)
                .formParam("title", "Pasted " + HOSTILE).formParam("publisher", "Ministry")
                .formParam("kind", "MINISTRY_STATEMENT").formParam("text", "First part. Second part.")
                .post("/sources").then().statusCode(303).extract().header("Location");
        given().get(location + "?start=12&end=24").then().statusCode(200)
                .body(containsString("<mark id=\"passage\" class=\"passage\">Second part.</mark>"))
                .body(not(containsString(HOSTILE)));
        given().get("/sources").then().statusCode(200).body(containsString("Pasted &lt;script&gt;"));
        given().formParam("title", "No publisher").formParam("text", "kept source text")
                .post("/sources").then().statusCode(400)
                .body(containsString("Name the publisher."))
                .body(containsString("kept source text"));
    }

    @Test
    void sourcePageListsQuotesCheckedAgainstIt() {
        long source = ApiFixtures.createSource("Checked source", "The talks were candid and constructive.");
        long article = ApiFixtures.createArticle("Checked against", "They called the talks “candid and constructive”.");
        long quote = ApiFixtures.addQuote(article, "candid and constructive");
        ApiFixtures.recordVerdict(quote, java.util.Map.of("verdict", "ACCURATE", "sourceId", source, "start", 15,
                "end", 38)).statusCode(200);
        given().get("/sources/" + source).then().statusCode(200)
                .body(containsString("href=\"/quotes/" + quote + "\""));
    }

    @Test
    void reviewPageRemembersTheSameQuoteCheckedInAnotherArticle() {
        String words = "We will never accept interference in our internal affairs";
        long first = ApiFixtures.createArticle("Memory first", "“" + words + ",” the minister said on Monday.");
        long firstQuote = ApiFixtures.addQuote(first, words);
        ApiFixtures.recordVerdict(firstQuote, java.util.Map.of("verdict", "MISQUOTED", "note", "remembered note"))
                .statusCode(200);
        long second = ApiFixtures.createArticle("Memory second", "He repeated: “" + words + ".”");
        long secondQuote = ApiFixtures.addQuote(second, words);
        given().get("/quotes/" + secondQuote).then().statusCode(200)
                .body(containsString("Already checked elsewhere"))
                .body(containsString("href=\"/quotes/" + firstQuote + "\""))
                .body(containsString("remembered note"));
        given().get("/quotes/" + firstQuote).then().statusCode(200)
                .body(not(containsString("Already checked elsewhere")));
    }

    @Test
    @TestSecurity(user = "Dash Kim", roles = Roles.REVIEWER)
    void dashboardShowsProgressByStatusVerdictChartAndReviewers() {
        long article = ApiFixtures.createArticle("Dashboard article", "She said “the plan works” on Friday.");
        long quote = ApiFixtures.addQuote(article, "the plan works");
        ApiFixtures.recordVerdict(quote, java.util.Map.of("verdict", "OUT_OF_CONTEXT")).statusCode(200);
        int quotes = given().get("/api/articles/" + article + "/quotes").then().extract().path("size()");
        given().get("/dashboard").then().statusCode(200)
                .body(containsString("<svg class=\"chart\""))
                .body(containsString("Out of context"))
                .body(containsString("<td>Dash Kim</td><td class=\"num\">1</td>"))
                .body(containsString("Dashboard article</a></td><td class=\"num\">" + quotes + "</td><td class=\"num\">0</td>\n"
                        + "    <td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">" + (quotes - 1) + "</td>"));
        given().get("/").then().statusCode(200)
                .body(containsString("Verified share"));
        given().get("/articles/" + article).then().statusCode(200)
                .body(containsString(quotes + " quotes: <span class=\"status-counts\">0 verified · 1 proposed · 0 returned"
                        + " · " + (quotes - 1) + " unreviewed</span>"));
    }

    @Test
    @TestSecurity(user = "Rep Orter", roles = {Roles.REVIEWER, Roles.EDITOR})
    void printableReportListsQuotesWithVerdictsAndEscapesThem() {
        long article = ApiFixtures.createArticle("Report article", "He said “we agreed " + HOSTILE + "” later.");
        long quote = ApiFixtures.addQuote(article, "we agreed " + HOSTILE);
        ApiFixtures.recordVerdict(quote, java.util.Map.of("verdict", "ACCURATE", "note", "fine " + HOSTILE))
                .statusCode(200);
        given().get("/articles/" + article + "/report").then().statusCode(200)
                .body(containsString("Quote check: Report article"))
                .body(containsString("verdict-accurate"))
                .body(containsString("by Rep Orter"))
                .body(not(containsString(HOSTILE)));
    }

    @Test
    void deletingAQuoteReturnsToTheArticle() {
        long article = ApiFixtures.createArticle("Delete by form", "A phrase worth removing sits here.");
        long quote = ApiFixtures.addQuote(article, "worth removing");
        given().redirects().follow(false).post("/quotes/" + quote + "/delete")
                .then().statusCode(303).header("Location", containsString("/articles/" + article));
        given().get("/quotes/" + quote).then().statusCode(404);
    }
}
