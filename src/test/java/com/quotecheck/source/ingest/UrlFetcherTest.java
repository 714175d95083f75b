package com.quotecheck.source.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlFetcherTest {

    private static final Instant NOW = Instant.parse("2025-05-06T07:08:09Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] PAGE = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final int CAP = 64 * 1024;

    private static HttpServer server;
    private static ExecutorService handlers;
    private static String base;
    private static int port;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        port = server.getAddress().getPort();
        base = "http://127.0.0.1:" + port;
        server.createContext("/page", exchange -> send(exchange, 200, "text/html; charset=ISO-8859-1", PAGE));
        server.createContext("/hops/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hops/".length()));
            if (left == 0) {
                send(exchange, 200, "text/html", PAGE);
            } else {
                redirect(exchange, "/hops/" + (left - 1));
            }
        });
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-intranet", exchange -> redirect(exchange, "http://intranet.test/"));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + port + "/page"));
        server.createContext("/missing", exchange -> send(exchange, 404, "text/html", PAGE));
        server.createContext("/image", exchange -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/untyped", exchange -> send(exchange, 200, null, PAGE));
        server.createContext("/big-declared", exchange -> send(exchange, 200, "text/plain", new byte[CAP + 1]));
        server.createContext("/big-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            streamUntilClosed(exchange, 0);
        });
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, "text/html", gzip(PAGE));
        });
        server.createContext("/gzip-bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, "text/plain", gzip(new byte[20 * 1024 * 1024]));
        });
        server.createContext("/brotli", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            send(exchange, 200, "text/html", PAGE);
        });
        server.createContext("/stall", exchange -> {
            sleep(10_000);
            send(exchange, 200, "text/html", PAGE);
        });
        server.createContext("/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            streamUntilClosed(exchange, 50);
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private static UrlFetcher fetcher(Duration totalTimeout, Set<String> allowedHosts, HostResolver resolver) {
        FetchPolicy defaults = FetchPolicy.defaults();
        return new UrlFetcher(new FetchPolicy(Duration.ofSeconds(2), totalTimeout, CAP, 3, allowedHosts,
                defaults.allowedContentTypes(), "QuoteCheck-test"), CLOCK, resolver);
    }

    private static UrlFetcher localFetcher() {
        return fetcher(Duration.ofSeconds(5), Set.of("127.0.0.1:" + port), HostResolver.SYSTEM);
    }

    private static HostResolver fakeDns(Map<String, String> answers) {
        return host -> {
            String answer = answers.get(host);
            if (answer == null) {
                return InetAddress.getAllByName(host); // literals only: names outside the map never reach real DNS
            }
            String[] ips = answer.split(",");
            InetAddress[] addresses = new InetAddress[ips.length];
            for (int i = 0; i < ips.length; i++) {
                addresses[i] = InetAddress.getByName(ips[i]);
            }
            return addresses;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://127.1.2.3:8080/admin", "http://2130706433/", "http://0.0.0.0/",
        "http://10.0.0.1/", "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.1.1/",
        "http://100.64.0.1/", "http://169.254.169.254/latest/meta-data/", "http://169.254.1.1/",
        "http://198.18.0.1/", "http://224.0.0.1/", "http://239.255.255.250:1900/", "http://240.0.0.1/",
        "http://255.255.255.255/", "https://10.1.2.3/",
        "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
        "http://[::127.0.0.1]/", "http://[64:ff9b::10.0.0.1]/", "http://[64:ff9b:1::1]/", "http://[2002:7f00:1::1]/",
        "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
        "http://[fec0::1]/", "http://[ff02::1]/", "http://[2001:db8::1]/", "http://[2001:0:4136:e378::1]/",
        "http://[100::1]/", "http://localhost/", "http://LOCALHOST:8080/"})
    void refusesLoopbackPrivateLinkLocalAndReservedAddresses(String url) {
        FetchRefusedException refused = assertThrows(FetchRefusedException.class,
                () -> fetcher(Duration.ofSeconds(5), Set.of(), HostResolver.SYSTEM).fetch(url));
        assertTrue(refused.getMessage().contains("internal networks"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "file:///etc/passwd", "gopher://127.0.0.1:25/", "ftp://example.com/readout.txt",
        "jar:http://example.com/a.jar!/x", "javascript:alert(1)", "data:text/html,hello", "example.com/page",
        "//example.com/page"})
    void refusesSchemesOtherThanHttpAndHttps(String url) {
        FetchRefusedException refused = assertThrows(FetchRefusedException.class, () -> localFetcher().fetch(url));
        assertTrue(refused.getMessage().contains("http:// and https://"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:secret@example.com/", "http://example.com@127.0.0.1/"})
    void refusesCredentialsInTheAddress(String url) {
        FetchRefusedException refused = assertThrows(FetchRefusedException.class, () -> localFetcher().fetch(url));
        assertTrue(refused.getMessage().contains("user name or password"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "http://exa mple.com/", "http:///path-only"})
    void refusesAddressesThatAreNotValidUrls(String url) {
        assertThrows(FetchRefusedException.class, () -> localFetcher().fetch(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intranet.test", "metadata.test", "mixed.test", "v6private.test", "mapped.test"})
    void refusesHostNamesWhoseDnsAnswerIsInternal(String host) {
        HostResolver dns = fakeDns(Map.of(
                "intranet.test", "10.0.0.1",
                "metadata.test", "169.254.169.254",
                "mixed.test", "93.184.216.34,127.0.0.1",
                "v6private.test", "fd00::1",
                "mapped.test", "::ffff:192.168.0.10"));
        FetchRefusedException refused = assertThrows(FetchRefusedException.class,
                () -> fetcher(Duration.ofSeconds(5), Set.of(), dns).fetch("https://" + host + "/statement"));
        assertTrue(refused.getMessage().contains("internal networks"), refused.getMessage());
    }

    @Test
    void checksInternationalHostNamesInTheirDnsForm() {
        UrlFetcher fetcher = fetcher(Duration.ofSeconds(5), Set.of(), fakeDns(Map.of("xn--d1abbgf6aiiy.xn--p1ai", "10.0.0.7")));
        FetchRefusedException refused = assertThrows(FetchRefusedException.class,
                () -> fetcher.fetch("https://президент.рф/events"));
        assertTrue(refused.getMessage().contains("private network"), refused.getMessage());
    }

    @Test
    void namesTheMetadataServiceWhenThatIsTheTarget() {
        FetchRefusedException refused = assertThrows(FetchRefusedException.class,
                () -> localFetcher().fetch("http://169.254.169.254/latest/meta-data/"));
        assertTrue(refused.getMessage().contains("cloud metadata"), refused.getMessage());
    }

    @Test
    void fetchesFromAHostTheAdministratorAllowed() throws Exception {
        FetchedDocument document = localFetcher().fetch(base + "/page#section-2");
        assertEquals(200, document.status());
        assertEquals("text/html", document.contentType());
        assertEquals(StandardCharsets.ISO_8859_1, document.charset());
        assertArrayEquals(PAGE, document.body());
        assertEquals(base + "/page", document.finalUrl().toString());
        assertEquals(NOW, document.retrievedAt());
    }

    @Test
    void allowListMatchesHostAndPortExactly() {
        UrlFetcher otherPortAllowed = fetcher(Duration.ofSeconds(5), Set.of("127.0.0.1:1"), HostResolver.SYSTEM);
        assertThrows(FetchRefusedException.class, () -> otherPortAllowed.fetch(base + "/page"));
    }

    @Test
    void connectsToTheCheckedAddressWithoutAskingDnsAgain() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver countingDns = host -> {
            lookups.incrementAndGet();
            return fakeDns(Map.of("docs.test", "127.0.0.1")).resolve(host);
        };
        UrlFetcher fetcher = fetcher(Duration.ofSeconds(5), Set.of("docs.test:" + port), countingDns);
        // docs.test exists only in the fake resolver, so the connection can only have used the pinned address.
        FetchedDocument document = fetcher.fetch("http://docs.test:" + port + "/page");
        assertArrayEquals(PAGE, document.body());
        assertEquals(1, lookups.get());
    }

    @Test
    void followsUpToThreeRedirects() throws Exception {
        FetchedDocument document = localFetcher().fetch(base + "/hops/3");
        assertEquals(base + "/hops/0", document.finalUrl().toString());
        assertEquals(base + "/hops/3", document.requestedUrl().toString());
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        FetchFailedException failed = assertThrows(FetchFailedException.class, () -> localFetcher().fetch(base + "/hops/4"));
        assertTrue(failed.getMessage().contains("redirected more than 3 times"), failed.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/to-metadata", "/to-intranet", "/to-file", "/to-localhost"})
    void rechecksEveryRedirectTarget(String path) {
        UrlFetcher fetcher = fetcher(Duration.ofSeconds(5), Set.of("127.0.0.1:" + port),
                fakeDns(Map.of("intranet.test", "10.0.0.1")));
        FetchRefusedException refused = assertThrows(FetchRefusedException.class, () -> fetcher.fetch(base + path));
        assertTrue(refused.getMessage().startsWith("The page redirected to"), refused.getMessage());
    }

    @Test
    void reportsUpstreamErrorsWithTheirStatus() {
        FetchFailedException failed = assertThrows(FetchFailedException.class, () -> localFetcher().fetch(base + "/missing"));
        assertEquals(404, failed.upstreamStatus().orElseThrow());
        assertTrue(failed.getMessage().contains("404 Not Found"), failed.getMessage());
    }

    @Test
    void rejectsContentTypesOutsideThePolicy() {
        FetchFailedException failed = assertThrows(FetchFailedException.class, () -> localFetcher().fetch(base + "/image"));
        assertTrue(failed.getMessage().contains("image/png"), failed.getMessage());
    }

    @Test
    void rejectsAnswersWithoutAContentType() {
        assertThrows(FetchFailedException.class, () -> localFetcher().fetch(base + "/untyped"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/big-declared", "/big-chunked", "/gzip-bomb"})
    void stopsReadingPastTheSizeCap(String path) {
        FetchFailedException failed = assertThrows(FetchFailedException.class, () -> localFetcher().fetch(base + path));
        assertTrue(failed.getMessage().contains("larger than"), failed.getMessage());
    }

    @Test
    void decompressesGzipBodies() throws Exception {
        assertArrayEquals(PAGE, localFetcher().fetch(base + "/gzip").body());
    }

    @Test
    void refusesEncodingsItCannotCap() {
        FetchFailedException failed = assertThrows(FetchFailedException.class, () -> localFetcher().fetch(base + "/brotli"));
        assertTrue(failed.getMessage().contains("\"br\""), failed.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stall", "/drip"})
    @Timeout(10)
    void givesUpAtTheTotalDeadline(String path) {
        UrlFetcher impatient = fetcher(Duration.ofMillis(400), Set.of("127.0.0.1:" + port), HostResolver.SYSTEM);
        FetchFailedException failed = assertThrows(FetchFailedException.class, () -> impatient.fetch(base + path));
        assertTrue(failed.getMessage().contains("within 400 ms"), failed.getMessage());
    }

    @Test
    void reportsUnknownHostsAsFailures() {
        HostResolver nxdomain = host -> {
            throw new UnknownHostException(host);
        };
        FetchFailedException failed = assertThrows(FetchFailedException.class,
                () -> fetcher(Duration.ofSeconds(5), Set.of(), nxdomain).fetch("https://no-such-ministry.test/"));
        assertTrue(failed.getMessage().contains("could not be found"), failed.getMessage());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void streamUntilClosed(HttpExchange exchange, long pauseMillis) {
        byte[] chunk = pauseMillis > 0 ? new byte[] {'x'} : new byte[8192];
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
                out.flush();
                sleep(pauseMillis);
            }
        } catch (IOException expected) {
            // the fetcher hung up, which is what these endpoints test for
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        }
        return out.toByteArray();
    }
}
