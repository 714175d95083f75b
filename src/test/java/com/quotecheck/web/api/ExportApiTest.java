package com.quotecheck.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "desk", roles = {Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
class ExportApiTest {

    private long reviewedArticle(String title) {
        long source = ApiFixtures.createSource("Export readout " + title, "The minister said talks will go on.");
        long article = ApiFixtures.createArticle(title,
                "“Talks will go on,” says Maria Lopez, a spokeswoman.\n\n“Nothing is settled,” says Ivan Petrov.");
        long quote = given().get("/api/articles/" + article + "/quotes").then().extract().jsonPath()
                .getLong("find { it.text.startsWith('Talks') }.id");
        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "ACCURATE", "note", "Matches the readout, “word for word”", "sourceId", source,
                        "start", 18, "end", 35, "reviewer", "Dana"))
                .put("/api/quotes/" + quote + "/verdict").then().statusCode(200);
        return article;
    }

    @Test
    void exportsReviewedQuotesAsCsvThatReadsBack() throws IOException {
        long article = reviewedArticle("CSV export");
        String csv = given().get("/api/export?format=csv&articleId=" + article)
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("quotecheck-quotes.csv"))
                .extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", "")))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(1, records.size(), "only the quote with a verdict is exported by default");
            CSVRecord row = records.get(0);
            assertTrue(row.toMap().containsValue("Talks will go on,"), row.toMap().toString());
            assertTrue(row.toMap().containsValue("ACCURATE"));
            assertTrue(row.toMap().containsValue("Dana"));
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
        given().get("/api/export?format=csv&status=DONE").then().statusCode(400).body("detail", containsString("REVIEWED"));
        given().get("/api/export?format=csv&from=yesterday").then().statusCode(400).body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void articlePageOffersDownloads() {
        long article = reviewedArticle("Download links");
        given().get("/articles/" + article).then().statusCode(200)
                .body(containsString("/api/export?format=csv&amp;articleId=" + article));
    }
}
