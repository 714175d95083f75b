package com.quotecheck.web.api;

import io.restassured.http.ContentType;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creates articles and sources through the API, each test its own. */
public final class ApiFixtures {

    private ApiFixtures() {
    }

    public static long createArticle(String title, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", text))
                .post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long createSource(String title, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "publisher", "U.S. Department of State", "text", text,
                        "kind", "GOVERNMENT_READOUT"))
                .post("/api/sources")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long addQuote(long articleId, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/articles/" + articleId + "/quotes")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
