package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.web.api.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditTrailTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    private static long quoteWithSpeaker(String title, String speaker) {
        long article = ApiFixtures.createArticle(title, "Officials discussed the importance of talks.");
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", "the importance of talks", "speaker", speaker))
                .post("/api/articles/" + article + "/quotes")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath history(long quote) {
        return given().get("/api/quotes/" + quote + "/history").then().statusCode(200).extract().jsonPath();
    }

    /** The one change {@code field} had in the history entry with this action. */
    private static Map<String, String> change(JsonPath history, String action, String field) {
        return history.getMap("find { it.action == '" + action + "' }.changes.find { it.field == '" + field + "' }");
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void recordsASpeakerCorrectionWithWhoAndBeforeAndAfter() {
        long quote = quoteWithSpeaker("Audit speaker", "Miller");
        long source = ApiFixtures.createSource("Audit readout", "Officials discussed the importance of talks.");
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Matthew Miller", "sourceId", source))
                .patch("/api/quotes/" + quote).then().statusCode(200);

        JsonPath history = history(quote);
        assertEquals(Map.of("field", "source", "after", "Audit readout (#" + source + ")"),
                withoutNulls(change(history, "quote.updated", "source")));
        assertEquals(List.of("quote.created", "quote.updated"), history.getList("action"));
        assertEquals(List.of("rita", "rita"), history.getList("user"));
        assertEquals(Map.of("field", "speaker", "before", "Miller", "after", "Matthew Miller"),
                change(history, "quote.updated", "speaker"));
        assertEquals("the importance of talks", change(history, "quote.created", "text").get("after"));
        assertTrue(history.getString("[1].at").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), history.getString("[1].at"));
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void recordsAVerdictAndTheQuoteStatusItChanges() {
        long quote = quoteWithSpeaker("Audit verdict", "Ned Price");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "MISQUOTED", "note", "Words added")).statusCode(200);

        JsonPath history = history(quote);
        assertEquals(Map.of("field", "verdict", "after", "MISQUOTED"),
                withoutNulls(change(history, "verdict.recorded", "verdict")));
        assertEquals("Words added", change(history, "verdict.recorded", "note").get("after"));
        String statusNow = given().get("/api/quotes/" + quote).then().extract().jsonPath().getString("status");
        assertEquals(Map.of("field", "status", "before", "UNREVIEWED", "after", statusNow),
                change(history, "quote.updated", "status"));
        assertEquals("rita", history.getString("find { it.action == 'verdict.recorded' }.user"));
    }

    @Test
    @TestSecurity(user = "sam", roles = Roles.EDITOR)
    void recordsEachQuoteARegistryEntryRenames() {
        long quote = quoteWithSpeaker("Audit registry rename", "Okafor");
        given().contentType(ContentType.JSON).body(Map.of("name", "Ngozi Okafor", "aliases", "Okafor"))
                .post("/api/speakers").then().statusCode(201);

        JsonPath history = history(quote);
        assertEquals("sam", history.getString("[-1].user"));
        assertEquals(Map.of("field", "speakerName", "before", "Okafor", "after", "Ngozi Okafor"),
                change(history, "quote.updated", "speakerName"));
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void aDeletedQuoteKeepsItsHistoryWithTheDeletedData() {
        long quote = quoteWithSpeaker("Audit deletion", "Zhu Feng");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE")).statusCode(200);
        given().delete("/api/quotes/" + quote).then().statusCode(204);
        given().get("/api/quotes/" + quote).then().statusCode(404);

        JsonPath history = history(quote);
        assertEquals("quote.deleted", history.getString("[-1].action"));
        Map<String, String> text = change(history, "quote.deleted", "text");
        assertEquals("the importance of talks", text.get("before"));
        assertNull(text.get("after"));
        assertEquals("Zhu Feng", change(history, "quote.deleted", "speaker").get("before"));
        assertEquals("ACCURATE", change(history, "verdict.deleted", "verdict").get("before"));
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void historyOfAQuoteThatNeverExistedIsNotFound() {
        given().get("/api/quotes/987654321/history").then().statusCode(404)
                .contentType(containsString("json"))
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void theApiDescriptionSaysInWhichOrderTheHistoryComes() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/quotes/{id}/history"))
                .body(containsString("The history of a quote, oldest first"));
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void theReviewPageShowsTheHistory() {
        long quote = quoteWithSpeaker("Audit page history", "Miller");
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Matthew Miller"))
                .patch("/api/quotes/" + quote).then().statusCode(200);
        given().get("/quotes/" + quote).then().statusCode(200)
                .body(containsString("<h2>History</h2>"))
                .body(containsString("<code>quote.updated</code>"))
                .body(containsString("<del>Miller</del> → <ins>Matthew Miller</ins>"));
    }

    @Test
    @TestSecurity(user = "rita", roles = Roles.REVIEWER)
    void reviewersCannotOpenTheAuditTrail() {
        given().get("/audit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "eddie", roles = Roles.EDITOR)
    void exportsAndPrintedReportsAreRecorded() {
        long article = ApiFixtures.createArticle("Audit export", "“Talks will go on,” says Maria Lopez.");
        given().get("/api/export?format=csv&status=any&articleId=" + article).then().statusCode(200);
        given().get("/articles/" + article + "/report").then().statusCode(200);

        String page = given().get("/audit?action=export&article=" + article).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<ins>csv</ins>"), page);
        assertTrue(page.contains("<ins>articleId=" + article + "</ins>"), page);
        assertTrue(page.contains("<ins>report</ins>"), page);
        assertTrue(page.contains("<td>eddie</td>"), page);
        assertTrue(!page.contains("<code>article.created</code>"), "the action filter keeps other actions out");
    }

    @Test
    @TestSecurity(user = "fiona", roles = Roles.ADMIN)
    void theAuditPageFiltersByArticleUserDateAndAction() {
        long shown = ApiFixtures.createArticle("Audit filter shown", "“Shown,” says Ana Ruiz.");
        ApiFixtures.createArticle("Audit filter hidden", "“Hidden,” says Ana Ruiz.");

        given().get("/audit?article=" + shown).then().statusCode(200)
                .body(containsString("<ins>Audit filter shown</ins>"))
                .body(containsString("<code>article.created</code>"))
                .body(not(containsString("Audit filter hidden")));
        given().get("/audit?user=fiona&action=article.created").then().statusCode(200)
                .body(containsString("Audit filter shown"))
                .body(containsString("Audit filter hidden"));
        given().get("/audit?user=somebody-else&article=" + shown).then().statusCode(200)
                .body(not(containsString("Audit filter shown")));
        given().get("/audit?to=2000-01-01&article=" + shown).then().statusCode(200)
                .body(not(containsString("Audit filter shown")));
        given().get("/audit?from=2000-01-01&article=" + shown).then().statusCode(200)
                .body(containsString("Audit filter shown"));
        given().get("/audit?from=yesterday").then().statusCode(400)
                .body(containsString("YYYY-MM-DD"));
        given().get("/audit?page=100000&article=" + shown).then().statusCode(200)
                .body(containsString("No entries on this page."))
                .body(containsString("<a href=\"/audit?article=" + shown + "&amp;page=99999\" rel=\"prev\">"));
    }

    @Test
    @TestSecurity(user = "jo", roles = Roles.EDITOR)
    void aBackgroundImportActsForTheUserWhoStartedIt() throws InterruptedException {
        String job = given().multiPart("files", "audit-import.txt",
                        "“We will see,” says Al Roe.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .redirects().follow(false)
                .post("/articles/import")
                .then().statusCode(303)
                .extract().header("Location");
        String progress = given().get(job).then().extract().asString();
        for (int wait = 0; progress.contains("http-equiv=\"refresh\"") && wait < 100; wait++) {
            Thread.sleep(100);
            progress = given().get(job).then().extract().asString();
        }
        given().get("/audit?user=jo&action=article.created").then().statusCode(200)
                .body(containsString("<ins>audit-import.txt</ins>"));
    }

    private static Map<String, String> withoutNulls(Map<String, String> change) {
        Map<String, String> present = new java.util.LinkedHashMap<>(change);
        present.values().removeIf(java.util.Objects::isNull);
        return present;
    }
}
