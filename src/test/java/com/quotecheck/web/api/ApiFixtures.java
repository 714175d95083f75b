package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creates articles and sources through the API, each test its own. */
public final class ApiFixtures {

    private ApiFixtures() {
    }

    public static long createArticle(String title, String text) {
        return TestUsers.withRole(Roles.EDITOR, () -> given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", text))
                .post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id"));
    }

    public static long createSource(String title, String text) {
        return TestUsers.withRole(Roles.EDITOR, () -> given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "publisher", "U.S. Department of State", "text", text,
                        "kind", "GOVERNMENT_READOUT"))
                .post("/api/sources")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id"));
    }

    public static long addQuote(long articleId, String text) {
        return TestUsers.withRole(Roles.REVIEWER, () -> given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/articles/" + articleId + "/quotes")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id"));
    }

    public static int versionOf(long quoteId) {
        return given().get("/api/quotes/" + quoteId).then().statusCode(200).extract().path("version");
    }

    /** Records a verdict, as the signed-in user, on the quote's current version. */
    public static ValidatableResponse recordVerdict(long quoteId, Map<String, ?> verdict) {
        Map<String, Object> body = new HashMap<>(verdict);
        body.put("version", versionOf(quoteId));
        return given().contentType(ContentType.JSON).body(body).put("/api/quotes/" + quoteId + "/verdict").then();
    }

    /** Signs off the quote's proposed verdict on its current version, as the signed-in user. */
    public static ValidatableResponse signOff(long quoteId, boolean approve, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("approve", approve, "version", versionOf(quoteId)));
        if (note != null) {
            body.put("note", note);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/quotes/" + quoteId + "/signoff").then();
    }

    /** A verified quote: the verdict proposed by reviewer "rita", confirmed by editor "eddie". Needs @TestSecurity. */
    public static void verify(long quoteId, Map<String, ?> verdict) {
        TestUsers.as("rita", Roles.REVIEWER, () -> recordVerdict(quoteId, verdict).statusCode(200));
        TestUsers.as("eddie", Roles.EDITOR, () -> signOff(quoteId, true, null).statusCode(200));
    }
}
