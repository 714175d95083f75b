package com.quotecheck.source.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits for server-side fetches.
 *
 * @param allowedHosts        hosts an administrator allows even if they are private or loopback, as "host" or
 *                            "host:port" (IPv6 literals in brackets: "[::1]:8080"); matched exactly, case-insensitively
 * @param allowedContentTypes media types accepted, without parameters
 */
public record FetchPolicy(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects,
                          Set<String> allowedHosts, Set<String> allowedContentTypes, String userAgent) {

    public static final Set<String> DOCUMENT_TYPES = Set.of(
            "text/html", "application/xhtml+xml", "text/plain", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
        allowedHosts = lowerCase(allowedHosts);
        allowedContentTypes = lowerCase(allowedContentTypes);
    }

    /** 5 s to connect, 20 s in all, 5 MB, 3 redirects, no private hosts allowed, the document types QuoteCheck imports. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(5), Duration.ofSeconds(20), 5L * 1024 * 1024, 3,
                Set.of(), DOCUMENT_TYPES, "QuoteCheck/0.1 (source document fetcher)");
    }

    private static Set<String> lowerCase(Set<String> values) {
        return Objects.requireNonNull(values).stream()
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
