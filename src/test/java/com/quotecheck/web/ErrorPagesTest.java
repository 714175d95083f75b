package com.quotecheck.web;

import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestSecurity(user = "desk", roles = {Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
class ErrorPagesTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    @Test
    void unknownArticleGetsAPageThatSaysSo() {
        given().get("/articles/424242").then().statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Article 424242 does not exist."))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownPathGets404Page() {
        given().accept(ContentType.HTML).get("/no/such/page").then().statusCode(404)
                .body(containsString("There is nothing at /no/such/page"));
    }

    @Test
    void nonNumericIdIsNotAServerError() {
        given().get("/quotes/abc").then().statusCode(404).body(not(containsString("Exception")));
    }

    @Test
    void formTooLargeForQuoteCheckGets413Page() {
        given().formParam("title", "Too large").formParam("text", "x".repeat(5_000_001))
                .post("/articles")
                .then().statusCode(413)
                .body(containsString("QuoteCheck accepts at most 5000000"));
    }
}
