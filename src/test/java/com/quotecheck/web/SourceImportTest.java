package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.support.Hashing;
import com.quotecheck.web.api.ApiFixtures;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources fetched from a URL (a local server the test configuration allows) or uploaded as a file. */
@QuarkusTest
@TestSecurity(user = "rita", roles = {Roles.REVIEWER, Roles.EDITOR})
class SourceImportTest {

    @BeforeAll
    static void sendFormTokens() {
        FormTokens.install();
    }

    private static final String BASE = "http://127.0.0.1:18931";
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static final ExecutorService serverThreads = Executors.newCachedThreadPool();
    /** Pages under /slow wait for this, so a test can look at a fetch while it is under way. */
    private static final CountDownLatch slowPagesReleased = new CountDownLatch(1);

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 18931), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/slow")) {
                awaitRelease();
            }
            String page = PAGES.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "missing" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // A slow page must not hold up the others.
        server.setExecutor(serverThreads);
        server.start();
    }

    private static void awaitRelease() {
        try {
            if (!slowPagesReleased.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the slow page");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static String readout(String sentence) {
        return "<html lang=\"en\"><head><title>Readout of the Call</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/press\">Press releases</a></nav>"
                + "<article><h1>Readout of the Call</h1><p>" + sentence + "</p>"
                + "<p>The Secretary raised areas of concern as well as areas of potential cooperation.</p></article>"
                + "<footer>Copyright and privacy policy</footer></body></html>";
    }

    @Test
    void fetchesAUrlIntoASnapshotOfItsMainText() {
        String html = readout("The Secretary spoke today with the Foreign Minister.");
        PAGES.put("/readout-a", html);
        given().contentType(ContentType.JSON).body(Map.of("url", BASE + "/readout-a", "publisher", "State Department"))
                .post("/api/sources")
                .then().statusCode(201)
                .body("title", equalTo("Readout of the Call"))
                .body("publisher", equalTo("State Department"))
                .body("language", equalTo("en"))
                .body("contentType", equalTo("text/html"))
                .body("finalUrl", equalTo(BASE + "/readout-a"))
                .body("rawSha256", equalTo(Hashing.sha256(html.getBytes(StandardCharsets.UTF_8))))
                .body("text", containsString("The Secretary spoke today with the Foreign Minister."))
                .body("text", not(containsString("Press releases")))
                .body("text", not(containsString("privacy policy")))
                .body("supersedesId", nullValue());
    }

    @Test
    void fetchingAgainKeepsTheOldSnapshotAndMarksItsVerdictsForRecheck() {
        PAGES.put("/readout-b", readout("The Secretary spoke today with the Minister of Trade."));
        long first = given().contentType(ContentType.JSON).body(Map.of("url", BASE + "/readout-b"))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        long article = ApiFixtures.createArticle("Recheck", "He spoke today with the Minister of Trade, they said.");
        long quote = ApiFixtures.addQuote(article, "spoke today with the Minister of Trade");
        ApiFixtures.recordVerdict(quote, Map.of("verdict", "ACCURATE", "sourceId", first))
                .statusCode(200).body("needsRecheck", equalTo(false));

        PAGES.put("/readout-b", readout("The Secretary spoke today with the Minister of Commerce."));
        long second = given().contentType(ContentType.JSON).body(Map.of("url", BASE + "/readout-b"))
                .post("/api/sources").then().statusCode(201)
                .body("supersedesId", equalTo((int) first))
                .extract().jsonPath().getLong("id");

        given().get("/api/sources/" + first).then().statusCode(200)
                .body("text", containsString("Minister of Trade"));
        given().get("/api/quotes/" + quote + "/verdicts").then().body("[0].needsRecheck", equalTo(true));
        given().get("/sources/" + first).then().body(containsString("/sources/" + second));
    }

    @Test
    void refusesAddressesInsideTheNetworkWith422() {
        for (String url : new String[] {"http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
                "http://127.0.0.1:18932/not-allowed", "http://10.0.0.7/"}) {
            given().contentType(ContentType.JSON).body(Map.of("url", url))
                    .post("/api/sources")
                    .then().statusCode(422)
                    .body("status", equalTo(422))
                    .body("detail", not(equalTo("")));
        }
    }

    @Test
    void refusesASourceWithNeitherTextNorUrl() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Empty"))
                .post("/api/sources")
                .then().statusCode(400)
                .body("detail", containsString("text, or a url"));
    }

    @Test
    void fetchFormFollowsTheFetchOnItsProgressPageThenOpensTheSource() throws InterruptedException {
        PAGES.put("/slow/readout-form", readout("The Secretary spoke today with the Minister of Finance."));
        String job = given().redirects().follow(false)
                .formParam("url", BASE + "/slow/readout-form").formParam("publisher", "State Department")
                .post("/sources/fetch")
                .then().statusCode(303).header("Location", containsString("/jobs/"))
                .extract().header("Location");
        given().get(job).then().statusCode(200)
                .body(containsString("<h1>Fetching</h1>"))
                .body(containsString(BASE + "/slow/readout-form"))
                .body(containsString("http-equiv=\"refresh\""));

        slowPagesReleased.countDown();
        String source = JobPage.finished(job).header("Location");
        assertTrue(source.matches(".*/sources/\\d+"), source);
        given().get(source).then().statusCode(200)
                .body(containsString("the Minister of Finance"))
                .body(containsString("State Department"));
    }

    @Test
    void fetchFormShowsARefusalOnTheProgressPageWithTheWayBackToTheAddress() throws InterruptedException {
        String job = given().redirects().follow(false).formParam("url", "http://192.168.1.1/admin")
                .post("/sources/fetch")
                .then().statusCode(303).extract().header("Location");
        String back = "/sources/new?url=http%3A%2F%2F192.168.1.1%2Fadmin#fetch";
        var page = JobPage.finished(job);
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("does not fetch from internal networks"), page.asString());
        assertTrue(page.asString().contains("href=\"" + back + "\""), page.asString());
        given().urlEncodingEnabled(false).get(back.substring(0, back.indexOf('#'))).then().statusCode(200)
                .body(containsString("id=\"fetch-url\" name=\"url\" type=\"url\" value=\"http://192.168.1.1/admin\""));
        given().get("/api/sources").then().body("url", not(hasItem("http://192.168.1.1/admin")));
    }

    @Test
    void fetchFormWithoutAnAddressSaysSoAtOnce() {
        given().formParam("url", " ").formParam("title", "Kept title")
                .post("/sources/fetch")
                .then().statusCode(400)
                .body(containsString("Enter the address to fetch."))
                .body(containsString("Kept title"));
    }

    @Test
    @TestSecurity(user = "rae", roles = Roles.REVIEWER)
    void reviewersCannotFetchSources() {
        given().redirects().follow(false).formParam("url", BASE + "/readout-a")
                .post("/sources/fetch")
                .then().statusCode(403);
    }

    @Test
    void uploadsAnHtmlFileAsASource() {
        String html = readout("The Minister said the door to dialogue remains open.");
        String location = given().redirects().follow(false)
                .multiPart("file", "statement.html", html.getBytes(StandardCharsets.UTF_8), "text/html")
                .multiPart("publisher", "Ministry of Foreign Affairs")
                .multiPart("kind", "MINISTRY_STATEMENT")
                .post("/sources/upload")
                .then().statusCode(303).extract().header("Location");
        given().get(location).then().statusCode(200)
                .body(containsString("the door to dialogue remains open"))
                .body(containsString("Ministry statement"))
                .body(containsString("SHA-256 of the original bytes"));
    }

    @Test
    void uploadWithoutAFileSaysSo() {
        given().multiPart("title", "No file").post("/sources/upload")
                .then().statusCode(400)
                .body(containsString("Choose a file to upload"));
    }
}
