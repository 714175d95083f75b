package com.quotecheck.source.ingest;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches a document by URL for import, refusing internal addresses and enforcing the {@link FetchPolicy} limits.
 * Each host is resolved once, every address is checked, and the connection goes to those checked addresses only,
 * so a DNS answer that changes between check and connect (DNS rebinding) cannot reach an internal service.
 */
public final class UrlFetcher {

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    // Apache HttpClient's HTTP/1.1 defaults allow unlimited header lines and counts; a hostile server could exhaust memory.
    private static final ManagedHttpClientConnectionFactory CONNECTIONS = ManagedHttpClientConnectionFactory.builder()
            .http1Config(Http1Config.custom().setMaxLineLength(8 * 1024).setMaxHeaderCount(100).build())
            .build();

    // Socket timeouts bound each read, not the whole transfer; this thread aborts exchanges whose total time is up.
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final FetchPolicy policy;
    private final Clock clock;
    private final HostResolver resolver;
    private final TlsSocketStrategy tls = DefaultClientTlsStrategy.createDefault();
    private final String accept;

    public UrlFetcher(FetchPolicy policy, Clock clock) {
        this(policy, clock, HostResolver.SYSTEM);
    }

    public UrlFetcher(FetchPolicy policy, Clock clock, HostResolver resolver) {
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
        this.resolver = Objects.requireNonNull(resolver);
        this.accept = policy.allowedContentTypes().stream().sorted().collect(Collectors.joining(", "));
    }

    public FetchedDocument fetch(String url) throws FetchRefusedException, FetchFailedException {
        URI requested = checkedTarget(url);
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI current = requested;
        for (int redirects = 0; ; redirects++) {
            Hop hop = exchange(current, pinnedAddresses(current, redirects > 0), deadline);
            if (hop.location() == null) {
                return new FetchedDocument(requested, current, hop.status(), hop.contentType(), hop.charset(),
                        hop.body(), clock.instant());
            }
            if (redirects == policy.maxRedirects()) {
                throw new FetchFailedException("The page redirected more than " + policy.maxRedirects()
                        + " times; QuoteCheck stopped following it. Try the final address directly.");
            }
            current = redirectTarget(current, hop.location());
        }
    }

    private static URI checkedTarget(String url) throws FetchRefusedException {
        if (url == null || url.isBlank()) {
            throw new FetchRefusedException("Enter a web address that starts with http:// or https://.");
        }
        try {
            return checkedTarget(withAsciiHost(new URI(url.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchRefusedException("\"" + url.strip() + "\" is not a valid web address.");
        }
    }

    // java.net.URI finds no host in "https://президент.рф/"; its ASCII (punycode) form is what DNS and the checks see.
    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null || authority == null || authority.contains("@") || authority.startsWith("[")) {
            return uri;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        String rest = uri.toString().substring(uri.toString().indexOf(authority) + authority.length());
        return new URI(uri.getScheme() + "://" + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + port + rest);
    }

    private static URI checkedTarget(URI uri) throws FetchRefusedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException("Only http:// and https:// web addresses can be fetched"
                    + (scheme.isEmpty() ? "." : ", not " + scheme + ": addresses."));
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefusedException("Web addresses with a user name or password in them are not accepted.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchRefusedException("The web address " + uri + " has no valid host name.");
        }
        if (uri.getRawFragment() == null) {
            return uri;
        }
        // The fragment never goes to the server; dropping it keeps finalUrl the address that was actually requested.
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static URI redirectTarget(URI current, String location) throws FetchRefusedException, FetchFailedException {
        URI target;
        try {
            target = current.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchFailedException("The page redirected to an invalid address (" + location + ").");
        }
        try {
            return checkedTarget(target);
        } catch (FetchRefusedException e) {
            throw new FetchRefusedException("The page redirected to " + target + ". " + e.getMessage());
        }
    }

    private InetAddress[] pinnedAddresses(URI uri, boolean redirected) throws FetchRefusedException, FetchFailedException {
        String host = bareHost(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchFailedException("The server " + host + " could not be found.");
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchFailedException("The server " + host + " could not be found.");
        }
        if (isAllowedByAdministrator(uri)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            var refusal = AddressRules.refusal(address);
            if (refusal.isPresent()) {
                String subject = redirected ? "The page redirected to " + uri + ", which" : uri.toString();
                throw new FetchRefusedException(subject + " points to " + refusal.get()
                        + ". QuoteCheck does not fetch from internal networks; if this is a trusted source,"
                        + " an administrator can allow its host.");
            }
        }
        return addresses;
    }

    private boolean isAllowedByAdministrator(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return policy.allowedHosts().contains(host) || policy.allowedHosts().contains(host + ":" + port);
    }

    private static String bareHost(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private Hop exchange(URI uri, InetAddress[] addresses, long deadline) throws FetchFailedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut();
        }
        Timeout untilDeadline = Timeout.of(remaining, TimeUnit.NANOSECONDS);
        Timeout connect = Timeout.of(Math.min(remaining, policy.connectTimeout().toNanos()), TimeUnit.NANOSECONDS);
        BasicHttpClientConnectionManager connections = BasicHttpClientConnectionManager.create(
                DefaultSchemePortResolver.INSTANCE, new PinnedResolver(bareHost(uri), addresses),
                RegistryBuilder.<TlsSocketStrategy>create().register("https", tls).build(), CONNECTIONS);
        connections.setConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(connect).setSocketTimeout(untilDeadline).build());
        // Redirects, decompression and retries are handled here, under the policy, not by the library.
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(policy.userAgent())
                .build();
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.ACCEPT, accept);
        get.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
        get.setConfig(RequestConfig.custom().setResponseTimeout(untilDeadline).build());
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            get.cancel();
        }, remaining, TimeUnit.NANOSECONDS);
        try {
            return read(uri, client.executeOpen(null, get, null));
        } catch (ConnectTimeoutException e) {
            throw new FetchFailedException("The server " + uri.getHost() + " did not accept a connection within "
                    + seconds(policy.connectTimeout()) + ".", e);
        } catch (IOException e) {
            if (expired.get() || e instanceof InterruptedIOException) {
                throw timedOut();
            }
            if (e instanceof SSLException) {
                throw new FetchFailedException("A secure connection to " + uri.getHost()
                        + " could not be established (" + e.getMessage() + ").", e);
            }
            throw new FetchFailedException("The connection to " + uri.getHost() + " failed (" + e.getMessage() + ").", e);
        } finally {
            watchdog.cancel(false);
            // IMMEDIATE: a graceful close would read the rest of a body we refused, possibly forever.
            client.close(CloseMode.IMMEDIATE);
        }
    }

    private Hop read(URI uri, ClassicHttpResponse response) throws IOException, FetchFailedException {
        int status = response.getCode();
        if (REDIRECT_STATUSES.contains(status)) {
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            if (location == null || location.getValue().isBlank()) {
                throw new FetchFailedException("The server answered " + status + " (a redirect) without saying where to.",
                        status, null);
            }
            return Hop.redirect(location.getValue().strip());
        }
        if (status < 200 || status > 299) {
            String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(status, Locale.ENGLISH);
            throw new FetchFailedException("The server answered " + status + (reason == null ? "" : " " + reason)
                    + " for " + uri + ".", status, null);
        }
        Header contentType = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        MediaType type = MediaType.parse(contentType == null ? null : contentType.getValue());
        if (type == null) {
            throw new FetchFailedException("The server did not say what kind of document " + uri + " is.");
        }
        if (!policy.allowedContentTypes().contains(type.name())) {
            throw new FetchFailedException("The server sent a document of type " + type.name()
                    + ", which QuoteCheck does not import (it accepts " + accept + ").");
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return Hop.document(status, type, new byte[0]);
        }
        if (entity.getContentLength() > policy.maxBytes()) {
            throw tooLarge();
        }
        return Hop.document(status, type, readCapped(decoded(response, entity.getContent())));
    }

    private static InputStream decoded(ClassicHttpResponse response, InputStream raw) throws IOException, FetchFailedException {
        Header header = response.getFirstHeader(HttpHeaders.CONTENT_ENCODING);
        String encoding = header == null ? "identity" : header.getValue().strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "identity", "" -> raw;
            // The cap applies to the decompressed bytes, so a small "gzip bomb" is stopped like any large body.
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            default -> throw new FetchFailedException("The server compressed the document with \"" + encoding
                    + "\", which QuoteCheck does not accept.");
        };
    }

    private byte[] readCapped(InputStream in) throws IOException, FetchFailedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            total += n;
            if (total > policy.maxBytes()) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private FetchFailedException tooLarge() {
        return new FetchFailedException("The document is larger than " + megabytes(policy.maxBytes())
                + ", the most QuoteCheck fetches. Download it and upload the file instead.");
    }

    private FetchFailedException timedOut() {
        return new FetchFailedException("The server did not deliver the document within "
                + seconds(policy.totalTimeout()) + ".");
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "url-fetcher-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** One request's outcome: a redirect location, or a document. */
    private record Hop(String location, int status, String contentType, Charset charset, byte[] body) {

        static Hop redirect(String location) {
            return new Hop(location, 0, null, null, null);
        }

        static Hop document(int status, MediaType type, byte[] body) {
            return new Hop(null, status, type.name(), type.charset(), body);
        }
    }

    /** Answers the connection manager with the addresses already checked, so it never asks DNS again. */
    private record PinnedResolver(String host, InetAddress[] addresses) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String name) throws UnknownHostException {
            String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
            if (!bare.equalsIgnoreCase(host)) {
                throw new UnknownHostException(name);
            }
            return addresses.clone();
        }

        @Override
        public String resolveCanonicalHostname(String name) {
            return name;
        }
    }
}
