package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import com.quotecheck.web.FormTokens;
import com.quotecheck.web.JobPage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "desk", roles = {Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
class BatchImportTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    @Test
    void importFormWithoutFilesSaysSo() {
        given().multiPart("files", "empty.txt", new byte[0], "text/plain").post("/articles/import")
                .then().statusCode(400).body(containsString("Choose one or more files"));
    }

    @Test
    void importsEachArticleOnItsOwnAndReportsTheBadOnes() {
        given().contentType(ContentType.JSON)
                .body(List.of(
                        Map.of("title", "Batch one", "text", "“We are ready,” says Ann Lee."),
                        Map.of("text", "No title here."),
                        Map.of("title", "Batch three", "text", "“Not yet,” says Bo Chen.")))
                .post("/api/articles/batch")
                .then().statusCode(200)
                .body("[0].status", equalTo(201))
                .body("[0].articleId", notNullValue())
                .body("[0].quotes", equalTo(1))
                .body("[1].status", equalTo(400))
                .body("[1].articleId", nullValue())
                .body("[1].error", containsString("title"))
                .body("[2].status", equalTo(201));
    }

    @Test
    void importsFilesInTheBackgroundAndShowsAResultForEach() throws InterruptedException {
        String html = "<html><head><title>Imported from HTML</title></head><body><article>"
                + "<p>“The border stays open,” says Mia Park, the minister.</p></article></body></html>";
        String job = given().multiPart("files", "story.html", html.getBytes(StandardCharsets.UTF_8), "text/html")
                .multiPart("files", "notes.txt", "“We will see,” says Al Roe.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")
                .redirects().follow(false)
                .post("/articles/import")
                .then().statusCode(303).header("Location", containsString("/jobs/"))
                .extract().header("Location");
        assertEquals(200, JobPage.finished(job).statusCode());
        given().get(job).then()
                .body(containsString("Finished: 3 of 3 done."))
                .body(containsString("story.html</td>"))
                .body(containsString("notes.txt</td>"))
                .body(containsString("picture.png</td>"))
                .body(containsString("not imported:"))
                .body(not(containsString("http-equiv")));
        given().get("/api/articles").then().body("title", org.hamcrest.Matchers.hasItems("Imported from HTML", "notes.txt"));
    }
}
