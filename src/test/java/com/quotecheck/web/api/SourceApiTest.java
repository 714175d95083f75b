package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import com.quotecheck.support.Hashing;
import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "desk", roles = {Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
class SourceApiTest {

    @Test
    void storesSourceWithTheSha256OfItsText() {
        String text = "Qin Gang pointed out that since the beginning of the year, relations have encountered new"
                + " difficulties and challenges.";
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Readout", "publisher", "Ministry of Foreign Affairs", "text", text,
                        "kind", "GOVERNMENT_READOUT", "language", "en", "publishedOn", "2023-06-14"))
                .post("/api/sources")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("sha256", equalTo(Hashing.sha256(text)))
                .body("kind", equalTo("GOVERNMENT_READOUT"))
                .body("publishedOn", equalTo("2023-06-14"))
                .body("retrievedAt", notNullValue())
                .body("text", equalTo(text));
    }

    @Test
    void recordsTheSpeakersASourceHolds() {
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Briefing", "publisher", "State Department", "text", "Remarks.",
                        "speakers", "Matthew Miller;  Ned Price\nMatthew Miller"))
                .post("/api/sources")
                .then().statusCode(201)
                .body("speakers", org.hamcrest.Matchers.contains("Matthew Miller", "Ned Price"))
                .extract().jsonPath().getLong("id");
        given().get("/sources/" + id).then().body(org.hamcrest.Matchers.containsString("Matthew Miller; Ned Price"));
    }

    @Test
    void listsSourcesWithoutTheirText() {
        long id = ApiFixtures.createSource("Listed source", "Listed text.");
        given().get("/api/sources").then().statusCode(200)
                .body("title", hasItem("Listed source"))
                .body("find { it.id == " + id + " }.text", nullValue());
        given().get("/api/sources/" + id).then().statusCode(200).body("text", equalTo("Listed text."));
    }

    @Test
    void refusesSourceWithoutPublisherAndUnknownKind() {
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "text", "x"))
                .post("/api/sources").then().statusCode(400).body("fields.publisher", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "publisher", "p", "text", "x", "kind", "RUMOUR"))
                .post("/api/sources").then().statusCode(400);
    }

    @Test
    void answersUnknownSourceWith404() {
        given().get("/api/sources/123456789").then().statusCode(404).body("status", equalTo(404));
    }
}
