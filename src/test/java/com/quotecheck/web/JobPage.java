package com.quotecheck.web;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Follows a background job's progress page as a browser does: reloads it while it asks to be reloaded. */
public final class JobPage {

    private static final int ATTEMPTS = 150;

    private JobPage() {
    }

    /**
     * The first answer of the page that no longer reloads itself: the finished page (200) or the redirect to what
     * the job made (303), not followed.
     */
    public static ExtractableResponse<Response> finished(String jobLocation) throws InterruptedException {
        ExtractableResponse<Response> page = given().redirects().follow(false).get(jobLocation).then().extract();
        for (int attempt = 0; stillRunning(page) && attempt < ATTEMPTS; attempt++) {
            Thread.sleep(100);
            page = given().redirects().follow(false).get(jobLocation).then().extract();
        }
        if (stillRunning(page)) {
            throw new AssertionError("The job at " + jobLocation + " did not finish in " + ATTEMPTS / 10 + " s");
        }
        return page;
    }

    private static boolean stillRunning(ExtractableResponse<Response> page) {
        return page.statusCode() == 200 && page.asString().contains("http-equiv=\"refresh\"");
    }
}
