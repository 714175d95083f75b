package com.quotecheck.security;

import com.quotecheck.web.FormTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AuthorizationTest {

    @Inject
    AccountService accounts;

    @Test
    void onlySignInHealthAndStaticAssetsAreOpenToAnonymousVisitors() {
        given().get("/login").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        given().get("/css/app.css").then().statusCode(200);
        given().get("/js/app.js").then().statusCode(200);
        for (String page : List.of("/", "/sources", "/dashboard", "/speakers", "/search?q=x", "/admin/users",
                "/profile", "/q/openapi")) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", containsString("/login"));
        }
        for (String api : List.of("/api/articles", "/api/sources", "/api/users", "/api/tokens", "/api/search?q=x",
                "/api/export?format=csv")) {
            given().get(api).then().statusCode(401).contentType(ContentType.JSON)
                    .header("WWW-Authenticate", containsString("Basic"))
                    .body("title", equalTo("Sign-in required"));
        }
    }

    @Test
    @TestSecurity(user = "reviewer-only", roles = Roles.REVIEWER)
    void aReviewerCannotDoEditorsWork() {
        given().contentType(ContentType.JSON).body(Map.of("title", "T", "text", "“Hi,” he said."))
                .post("/api/articles").then().statusCode(403).contentType(ContentType.JSON)
                .body("detail", containsString("role"));
        given().get("/api/export?format=csv").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("title", "Readout", "text", "Words."))
                .post("/api/sources").then().statusCode(403);
        given().cookie(FormTokens.NAME, FormTokens.TOKEN).formParam(FormTokens.NAME, FormTokens.TOKEN)
                .formParam("title", "Page article").formParam("text", "“Hi,” he said.")
                .post("/articles").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("does not have the role"));
    }

    @Test
    @TestSecurity(user = "editor-only", roles = Roles.EDITOR)
    void anEditorCannotManageUsers() {
        given().get("/api/users").then().statusCode(403);
        given().redirects().follow(false).get("/admin/users").then().statusCode(403)
                .body(containsString("Not allowed"));
    }

    @Test
    @TestSecurity(user = "root", roles = Roles.ADMIN)
    void anAdminAddsAndListsUsersThroughTheApi() {
        String name = "api-made-" + System.nanoTime() % 100_000;
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "long enough pass", "roles", List.of("REVIEWER")))
                .post("/api/users").then().statusCode(201)
                .body("username", equalTo(name)).body("roles", hasItem("REVIEWER"))
                .body(not(containsString("password")));
        given().get("/api/users").then().statusCode(200).body("username", hasItem(name));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name + "-2", "password", "short", "roles", List.of("REVIEWER")))
                .post("/api/users").then().statusCode(422).body("detail", containsString("at least 8"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name + "-3", "password", "é".repeat(40), "roles", List.of("REVIEWER")))
                .post("/api/users").then().statusCode(422).body("detail", containsString("72 bytes"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name + "-4", "password", "long enough pass", "roles", List.of("BOSS")))
                .post("/api/users").then().statusCode(422).body("detail", containsString("Unknown role"));
    }

    @Test
    @TestSecurity(user = "desk", roles = {Roles.EDITOR, Roles.REVIEWER})
    void aFormWithoutAValidCsrfTokenIsRefusedAndSavesNothing() {
        String title = "CSRF probe " + System.nanoTime();
        // The token cookie is there but the form lacks the field.
        given().cookie(FormTokens.NAME, FormTokens.newToken())
                .formParam("title", title).formParam("text", "“Hi,” he said.")
                .post("/articles").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("security token"));
        given().cookie(FormTokens.NAME, FormTokens.newToken()).formParam(FormTokens.NAME, FormTokens.newToken())
                .formParam("title", title).formParam("text", "“Hi,” he said.")
                .post("/articles").then().statusCode(400);
        // A page endpoint takes forms only, so a body the CSRF check does not read cannot slip past it.
        given().contentType(ContentType.TEXT).body("title=" + title).post("/articles").then().statusCode(400);
        given().get("/api/search?q=" + title.replace(' ', '+')).then().statusCode(200)
                .body("articles.title", not(hasItem(title)));
    }

    @Test
    @TestSecurity(user = "desk", roles = Roles.REVIEWER)
    void pagesOfferTheCsrfTokenInEveryForm() {
        String page = given().get("/speakers").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("name=\"csrf-token\""), page);
    }

    @Test
    @TestSecurity(user = "reader", roles = Roles.REVIEWER)
    void pagesOfferOnlyWhatTheUsersRolesAllow() {
        given().get("/").then().statusCode(200)
                .body(not(containsString("Load the sample")))
                .body(not(containsString("href=\"/articles/new\"")))
                .body(not(containsString("href=\"/admin/users\"")))
                .body(not(containsString("href=\"/audit\"")));
    }

    @Test
    @TestSecurity(user = "chief", roles = {Roles.EDITOR, Roles.ADMIN})
    void editorsAndAdminsSeeTheirActions() {
        given().get("/").then().statusCode(200)
                .body(containsString("Load the sample"))
                .body(containsString("href=\"/articles/new\""))
                .body(containsString("href=\"/admin/users\""))
                .body(containsString("href=\"/audit\""));
    }
}
