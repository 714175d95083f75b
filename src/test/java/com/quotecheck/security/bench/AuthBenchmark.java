package com.quotecheck.security.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What signing in costs per request on a running QuoteCheck: the same small API call with a personal API token,
 * with HTTP Basic (a bcrypt check each time) and with the login form's session cookies.
 * Run against a started application (e.g. {@code java -jar target/quarkus-app/quarkus-run.jar} with
 * QUOTECHECK_ADMIN_USERNAME/PASSWORD set):
 * {@code ./mvnw -q -B test-compile exec:exec -Dbench=com.quotecheck.security.bench.AuthBenchmark
 * -Dbench.args="http://localhost:8080 admin password 300"}
 */
public final class AuthBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 300;

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"auth benchmark\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        if (!token.find() || !id.find()) {
            throw new IllegalStateException("No token created: " + created.statusCode() + " " + created.body());
        }
        String form = "j_username=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8);
        HttpResponse<Void> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        // Both session cookies: the encrypted one and the id of the session's row.
        String cookie = login.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("quotecheck-session")).map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
        if (!cookie.contains("quotecheck-session-id=")) {
            throw new IllegalStateException("No session cookies: " + login.headers().allValues("set-cookie"));
        }

        report("API token (Bearer)", requests, () -> request(base, "Authorization", "Bearer " + token.group(1)));
        report("HTTP Basic", requests, () -> request(base, "Authorization", basic));
        report("session cookie", requests, () -> request(base, "Cookie", cookie));

        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens/" + id.group(1)))
                .header("Authorization", basic).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    private static HttpRequest request(String base, String header, String value) {
        return HttpRequest.newBuilder(URI.create(base + "/api/tokens")).header(header, value).GET().build();
    }

    private static void report(String name, int requests, Supplier<HttpRequest> request) throws Exception {
        for (int i = 0; i < 20; i++) {
            HTTP.send(request.get(), HttpResponse.BodyHandlers.discarding());
        }
        long[] micros = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = HTTP.send(request.get(), HttpResponse.BodyHandlers.discarding());
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode());
            }
        }
        Arrays.sort(micros);
        System.out.printf("%-20s median %6.2f ms   p95 %6.2f ms   (%d sequential requests)%n", name,
                micros[requests / 2] / 1000.0, micros[(int) (requests * 0.95)] / 1000.0, requests);
    }
}
