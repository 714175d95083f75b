package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class SearchApiTest {

    @Test
    void findsQuotesArticlesAndSourcesByWordsSpeakerAndVerdict() {
        long article = ApiFixtures.createArticle("Zebrafish funding dispute",
                "“The zebrafish programme must continue,” says Olga Marwick, a biologist.");
        long quote = given().get("/api/articles/" + article + "/quotes").then().extract().jsonPath().getLong("[0].id");
        ApiFixtures.createSource("Zebrafish hearing transcript", "Marwick: the zebrafish programme must continue.");

        given().get("/api/search?q=zebrafish").then().statusCode(200)
                .body("quotes.id", hasItem((int) quote))
                .body("articles.title", hasItem("Zebrafish funding dispute"))
                .body("sources.title", hasItem("Zebrafish hearing transcript"));
        given().get("/api/search?q=speaker:marwick").then()
                .body("quotes.id", hasItem((int) quote))
                .body("quotes[0].speaker", containsString("Olga Marwick"));

        given().get("/api/search?q=zebrafish verdict:misquoted").then().body("quotes", empty());
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "MISQUOTED")).statusCode(200);
        given().get("/api/search?q=zebrafish verdict:misquoted").then()
                .body("quotes.id", hasItem((int) quote))
                .body("quotes[0].verdict", equalTo("MISQUOTED"));
    }

    @Test
    void forgivesBrokenQuerySyntax() {
        given().get("/api/search?q=\"unbalanced (zebrafish").then().statusCode(200);
        given().get("/api/search?q=").then().statusCode(200).body("quotes", empty());
    }

    @Test
    void deletedQuotesDisappearFromResults() {
        long article = ApiFixtures.createArticle("Quokka story", "He called it “a quokka moment” twice.");
        long quote = ApiFixtures.addQuote(article, "a quokka moment");
        given().get("/api/search?q=quokka").then().body("quotes.id", hasItem((int) quote));
        given().delete("/api/quotes/" + quote).then().statusCode(204);
        given().get("/api/search?q=quokka").then().body("quotes.id", not(hasItem((int) quote)));
    }

    @Test
    void searchPageShowsResultsAndEscapesTheQuery() {
        ApiFixtures.createArticle("Narwhal report", "“Narwhals are thriving,” says Ivo Berg.");
        given().get("/search?q=narwhal").then().statusCode(200)
                .body(containsString("Narwhal report"))
                .body(containsString("Ivo Berg"));
        given().get("/search?q=<script>x</script>").then().statusCode(200)
                .body(not(containsString("<script>x</script>")));
    }
}
