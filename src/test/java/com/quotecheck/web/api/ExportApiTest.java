package com.quotecheck.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "ed", roles = Roles.EDITOR)
class ExportApiTest {

    /** An article with a quote proposed by rita and verified by eddie, and one unreviewed quote. */
    private long reviewedArticle(String title) {
        long source = ApiFixtures.createSource("Export readout " + title, "The minister said talks will go on.");
        long article = ApiFixtures.createArticle(title,
                "“Talks will go on,” says Maria Lopez, a spokeswoman.\n\n“Nothing is settled,” says Ivan Petrov.");
        long quote = given().get("/api/articles/" + article + "/quotes").then().extract().jsonPath()
                .getLong("find { it.text.startsWith('Talks') }.id");
        ApiFixtures.verify(quote, Map.of("verdict", "ACCURATE", "note", "Matches the readout, “word for word”",
                "sourceId", source, "start", 18, "end", 35));
        return article;
    }

    @Test
    void exportsVerifiedQuotesAsCsvThatReadsBack() throws IOException {
        long article = reviewedArticle("CSV export");
        String csv = given().get("/api/export?format=csv&articleId=" + article)
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("quotecheck-quotes.csv"))
                .extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", "")))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(1, records.size(), "only the verified quote is exported by default");
            CSVRecord row = records.get(0);
            assertEquals("Talks will go on,", row.get("Quote"));
            assertEquals("ACCURATE", row.get("Verdict"));
            assertEquals("rita", row.get("Reviewer"));
            assertEquals("VERIFIED", row.get("Status"));
            assertEquals("eddie", row.get("Signed off by"));
            assertTrue(row.get("Signed off at").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), row.get("Signed off at"));
        }
    }

    @Test
    void exportsEveryQuoteWithStatusAnyAndFiltersBySpeakerAndVerdict() throws IOException {
        long article = reviewedArticle("JSON export");
        JsonNode all = new ObjectMapper().readTree(given().get("/api/export?format=json&status=any&articleId=" + article)
                .then().statusCode(200).extract().asString());
        assertEquals(2, all.size());
        JsonNode petrov = new ObjectMapper().readTree(given()
                .get("/api/export?format=json&status=any&speaker=petrov&articleId=" + article)
                .then().statusCode(200).extract().asString());
        assertEquals(1, petrov.size());
        assertEquals("Ivan Petrov", petrov.get(0).get("speakerName").asText());
        given().get("/api/export?format=json&status=any&publisher=export%20readout&articleId=" + article)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        JsonNode misquoted = new ObjectMapper().readTree(given()
                .get("/api/export?format=json&verdict=MISQUOTED&articleId=" + article)
                .then().statusCode(200).extract().asString());
        assertEquals(0, misquoted.size());
    }

    @Test
    void exportsOnlyVerifiedQuotesByDefaultAndEachStatusOnRequest() throws IOException {
        long article = ApiFixtures.createArticle("Status export", "“One is verified,” said Ann Lee. “Two is proposed,”"
                + " said Ben Ode. “Three is returned,” said Cy Ray. “Four is new,” said Di Fox.");
        List<Long> all = given().get("/api/articles/" + article + "/quotes").then().extract().jsonPath()
                .getList("id", Long.class);
        assertEquals(4, all.size(), "the four quotes are extracted");
        long verified = all.get(0);
        long proposed = all.get(1);
        long returned = all.get(2);
        long unreviewed = all.get(3);
        ApiFixtures.verify(verified, Map.of("verdict", "ACCURATE"));
        TestUsers.as("rita", Roles.REVIEWER, () -> {
            ApiFixtures.recordVerdict(proposed, Map.of("verdict", "MISQUOTED")).statusCode(200);
            ApiFixtures.recordVerdict(returned, Map.of("verdict", "ACCURATE")).statusCode(200);
        });
        ApiFixtures.signOff(returned, false, "Check the transcript").statusCode(200);

        assertEquals(List.of(verified), exportedIds("&articleId=" + article));
        assertEquals(List.of(verified), exportedIds("&status=verified&articleId=" + article));
        assertEquals(List.of(proposed), exportedIds("&status=PROPOSED&articleId=" + article));
        assertEquals(List.of(returned), exportedIds("&status=RETURNED&articleId=" + article));
        assertEquals(List.of(unreviewed), exportedIds("&status=UNREVIEWED&articleId=" + article));
        assertEquals(List.of(verified, proposed, returned, unreviewed), exportedIds("&status=any&articleId=" + article));
    }

    private static List<Long> exportedIds(String query) throws IOException {
        JsonNode rows = new ObjectMapper().readTree(given().get("/api/export?format=json" + query)
                .then().statusCode(200).extract().asString());
        List<Long> ids = new java.util.ArrayList<>();
        rows.forEach(row -> ids.add(row.get("quoteId").asLong()));
        return ids;
    }

    @Test
    void exportsClaimReviewWithTheRequiredFields() throws IOException {
        long article = reviewedArticle("ClaimReview export");
        JsonNode doc = new ObjectMapper().readTree(given().get("/api/export?format=claimreview&articleId=" + article)
                .then().statusCode(200).extract().asString());
        JsonNode review = doc.get("@graph").get(0);
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("Talks will go on,", review.get("claimReviewed").asText());
        assertEquals("Accurate", review.get("reviewRating").get("alternateName").asText());
        assertTrue(review.get("url").asText().matches("http://localhost:8080/quotes/\\d+"), review.get("url").asText());
        assertEquals("Maria Lopez", review.get("itemReviewed").get("author").get("name").asText());
        assertEquals("Person", review.get("itemReviewed").get("author").get("@type").asText());
    }

    @Test
    void refusesUnknownFormatStatusAndDatesWith400() {
        given().get("/api/export?format=xlsx").then().statusCode(400).body("detail", containsString("csv"));
        given().get("/api/export?format=csv&status=REVIEWED").then().statusCode(400)
                .body("detail", containsString("[UNREVIEWED, PROPOSED, VERIFIED, RETURNED] or “any”"));
        given().get("/api/export?format=csv&from=yesterday").then().statusCode(400).body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void articlePageOffersDownloads() {
        long article = reviewedArticle("Download links");
        given().get("/articles/" + article).then().statusCode(200)
                .body(containsString("/api/export?format=csv&amp;articleId=" + article));
    }

    @Test
    void bigExportStreamsInChunksWithoutALengthAsItIsWritten() {
        long article = ApiFixtures.createArticle("Many quotes", "“Every word counts here,” says Paul Lee. ".repeat(300));
        String csv = given().get("/api/export?format=csv&status=any&articleId=" + article)
                .then().statusCode(200)
                .header("Transfer-Encoding", "chunked")
                .header("Content-Length", nullValue())
                .extract().asString();
        assertEquals(301, csv.lines().count(), "a header and one row per quote");
    }
}
