package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestSecurity(user = "desk", roles = {Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
class SpeakerApiTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    private static long speakerQuote(String title, String text) {
        long article = ApiFixtures.createArticle(title, text);
        return given().get("/api/articles/" + article + "/quotes").then().extract().jsonPath().getLong("[0].id");
    }

    @Test
    void registeringASpeakerRenamesQuotesAndResolvesLaterExtractions() {
        long before = speakerQuote("Before registry", "“We disagree with the ruling,” said Okonkwo.");
        long corrected = speakerQuote("Corrected by hand", "“The ruling stands,” said Okonkwo.");
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Okonkwo Junior"))
                .patch("/api/quotes/" + corrected).then().statusCode(200);
        given().get("/api/quotes/" + before).then().body("speakerName", equalTo("Okonkwo"));

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Chinua Okonkwo", "aliases", "Okonkwo; Minister Okonkwo", "role", "justice minister"))
                .post("/api/speakers")
                .then().statusCode(201)
                .body("aliases", hasItem("Minister Okonkwo"));

        given().get("/api/quotes/" + before).then().body("speakerName", equalTo("Chinua Okonkwo"));
        given().get("/api/quotes/" + corrected).then().body("speakerName", equalTo("Okonkwo Junior"));
        long after = speakerQuote("After registry", "“An appeal will follow,” said Okonkwo.");
        given().get("/api/quotes/" + after).then()
                .body("speakerName", equalTo("Chinua Okonkwo"))
                .body("speakerDescription", equalTo("justice minister"));
    }

    @Test
    @TestSecurity(user = "ed", roles = Roles.EDITOR)
    void registeringASpeakerLeavesVerifiedQuotesUnderTheNameSignedOff() {
        long verified = speakerQuote("Verified before registry", "“Taxes will rise,” said Adebayo.");
        long open = speakerQuote("Open before registry", "“Taxes will fall,” said Adebayo.");
        ApiFixtures.verify(verified, Map.of("verdict", "ACCURATE"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Tunde Adebayo", "aliases", "Adebayo"))
                .post("/api/speakers").then().statusCode(201);
        given().get("/api/quotes/" + verified).then()
                .body("speakerName", equalTo("Adebayo"))
                .body("status", equalTo("VERIFIED"));
        given().get("/api/quotes/" + open).then().body("speakerName", equalTo("Tunde Adebayo"));
    }

    @Test
    void refusesDuplicateNamesStaleEditsAndBlankNames() {
        long id = given().contentType(ContentType.JSON).body(Map.of("name", "Lena Duplicate"))
                .post("/api/speakers").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("name", "lena duplicate"))
                .post("/api/speakers").then().statusCode(422).body("detail", containsString("already has"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Lena Duplicate", "role", "mayor", "version", 0))
                .put("/api/speakers/" + id).then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("name", "Lena Duplicate", "role", "ex-mayor", "version", 0))
                .put("/api/speakers/" + id).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/speakers").then().statusCode(400);
    }

    @Test
    void registryPageListsNamesQuotesCarryThatItLacks() {
        speakerQuote("Unregistered", "“Nobody asked us,” said Vandermeer.");
        given().get("/speakers").then().statusCode(200)
                .body(containsString("Names on quotes that the registry lacks"))
                .body(containsString("Vandermeer"));
        given().redirects().follow(false).formParam("name", "Vandermeer")
                .post("/speakers").then().statusCode(303);
        given().get("/api/speakers").then().body("name", hasItem("Vandermeer"));
    }
}
