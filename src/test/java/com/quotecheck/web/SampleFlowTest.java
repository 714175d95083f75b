package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.web.api.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class SampleFlowTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    @Test
    void loadsSampleThenRecordsAVerdictVisibleOnTheArticlePage() {
        String location = given().redirects().follow(false).post("/sample")
                .then().statusCode(303).extract().header("Location");
        String articleId = location.substring(location.lastIndexOf('/') + 1);
        String again = given().redirects().follow(false).post("/sample").then().statusCode(303)
                .extract().header("Location");
        assertEquals(location, again, "loading the sample twice must not duplicate it");

        JsonPath quotes = given().get("/api/articles/" + articleId + "/quotes").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(8))
                .extract().jsonPath();
        Map<String, Object> readoutQuote = quotes.getMap("find { it.text.startsWith('discussed the importance') }");
        assertNotNull(readoutQuote, "the State Department quote is extracted");
        assertNotNull(readoutQuote.get("sourceId"), "and attributed to the State Department readout");
        int quoteId = (Integer) readoutQuote.get("id");
        String articleText = given().get("/api/articles/" + articleId).then().extract().path("text");
        assertEquals(readoutQuote.get("text"), articleText.substring((Integer) readoutQuote.get("start"),
                (Integer) readoutQuote.get("end")));

        given().get("/api/sources").then().body("title", org.hamcrest.Matchers.hasItem(
                "Secretary Blinken's Call with PRC State Councilor and Foreign Minister Qin Gang"));

        given().redirects().follow(false).formParam("verdict", "MINOR_DEVIATION")
                .formParam("note", "Wording differs from the readout")
                .formParam("version", ApiFixtures.versionOf(quoteId))
                .post("/quotes/" + quoteId + "/verdict").then().statusCode(303);

        given().get("/articles/" + articleId).then().statusCode(200)
                .body(containsString("verdict-minor-deviation"))
                .body(containsString("Minor deviation"));
        given().get("/api/quotes/" + quoteId).then().body("verdict", equalTo("MINOR_DEVIATION"));
    }
}
