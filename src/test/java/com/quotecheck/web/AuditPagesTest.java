package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.web.api.ApiFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class AuditPagesTest {

    @Test
    void auditCountsVerdictsPerSpeakerAndPublisherAndDrillsDown() {
        long source = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Audit readout", "publisher", "Audit Ministry", "text", "Growth will be strong."))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        long article = ApiFixtures.createArticle("Audit article",
                "Officials said “growth will be weak” and “prices are stable” this week.");
        long misquoted = ApiFixtures.addQuote(article, "growth will be weak");
        long elsewhere = ApiFixtures.addQuote(article, "prices are stable");
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Audra Speaker", "sourceId", source))
                .patch("/api/quotes/" + misquoted).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Audra Speaker"))
                .patch("/api/quotes/" + elsewhere).then().statusCode(200);
        ApiFixtures.recordVerdict(misquoted, Map.of("verdict", "MISQUOTED")).statusCode(200);
        ApiFixtures.recordVerdict(elsewhere, Map.of("verdict", "MISATTRIBUTED", "sourceId", source)).statusCode(200);

        String page = given().get("/audit/attributions").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, matchesPattern("(?s).*Audra Speaker</a></td><td class=\"num\">2</td>"
                + "<td class=\"num\">2</td>\\s*<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td>"
                + "<td class=\"num\">1</td>"
                + "<td class=\"num\">0</td>\\s*<td class=\"num\">50%</td><td class=\"num\">50%</td>.*"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Audit Ministry</a>"));

        given().get("/audit/attributions/quotes?speaker=Audra Speaker").then().statusCode(200)
                .body(containsString("/quotes/" + misquoted + "\""))
                .body(containsString("/quotes/" + elsewhere + "\""));
        given().get("/audit/attributions/quotes?issue=judged-elsewhere").then().statusCode(200)
                .body(containsString("/quotes/" + elsewhere + "\""))
                .body(not(containsString("/quotes/" + misquoted + "\"")));
        given().get("/audit/attributions/quotes?publisher=Audit Ministry").then().statusCode(200)
                .body(containsString("/quotes/" + misquoted + "\""))
                .body(not(containsString("/quotes/" + elsewhere + "\"")));
        given().get("/audit/attributions/quotes?issue=bogus").then().statusCode(400);
    }
}
