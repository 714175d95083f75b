package com.quotecheck.web;

import com.quotecheck.article.ArticleService;
import com.quotecheck.job.Job;
import com.quotecheck.security.Roles;
import com.quotecheck.source.SourceService;
import com.quotecheck.web.api.ApiFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Progress pages of jobs caught in states a quick test job passes too fast to see: still running, or failed. */
@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class JobPagesTest {

    @Test
    void runningReextractionNamesTheArticleAndTheStepAndReloads() {
        long article = ApiFixtures.createArticle("Budget talks", "“We will see,” says Al Roe.");
        long job = job(ArticleService.REEXTRACTION_JOB, Long.toString(article), Job.State.RUNNING, 1);
        given().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("Extracting quotes again from “Budget talks”"))
                .body(containsString("<progress class=\"wide\" max=\"5\" value=\"1\""))
                .body(containsString("Looking for the quotes in the source library."))
                .body(containsString("http-equiv=\"refresh\""));
    }

    @Test
    void failedReextractionSaysNothingChangedBeforeExtractionFinished() {
        long article = ApiFixtures.createArticle("Failed talks", "“We will see,” says Al Roe.");
        long job = job(ArticleService.REEXTRACTION_JOB, Long.toString(article), Job.State.FAILED, 0);
        given().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("Extraction stopped with an error; the article's quotes are as they were."))
                .body(containsString("href=\"/articles/" + article + "\""))
                .body(not(containsString("http-equiv")));
    }

    @Test
    void failedFetchOffersTheAddressAgain() {
        long job = job(SourceService.FETCH_JOB, "\"https://example.org/a?b=c&d\"", Job.State.FAILED, 0);
        given().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("<code>https://example.org/a?b=c&amp;d</code>"))
                .body(containsString("The fetch stopped with an unexpected error"))
                .body(containsString("href=\"/sources/new?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc%26d#fetch\""))
                .body(not(containsString("http-equiv")));
    }

    @Test
    void unknownJobIsNotFound() {
        given().get("/jobs/987654321").then().statusCode(404);
    }

    private static long job(String kind, String input, Job.State state, int done) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.kind = kind;
            job.input = input;
            job.total = ArticleService.REEXTRACTION_JOB.equals(kind) ? ArticleService.REEXTRACTION_STEPS : 1;
            job.done = done;
            job.state = state;
            job.startedAt = Instant.now();
            job.persist();
            return job.id;
        });
    }
}
