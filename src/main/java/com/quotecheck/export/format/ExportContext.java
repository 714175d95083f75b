package com.quotecheck.export.format;

import java.time.Instant;
import java.util.Objects;

/**
 * Who publishes an export and where QuoteCheck is reachable, for the URLs and authorship written into it.
 *
 * @param baseUrl          QuoteCheck's public address, e.g. {@code https://quotecheck.example.org}; trailing slashes are dropped
 * @param organizationName the newsroom that publishes the checks
 * @param organizationUrl  the newsroom's home page, may be null
 * @param generatedAt      when the export was made
 */
public record ExportContext(String baseUrl, String organizationName, String organizationUrl, Instant generatedAt) {

    public ExportContext {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(generatedAt, "generatedAt");
        // Every URL is built as baseUrl + "/quotes/…", so a configured trailing slash would double it.
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public String quoteUrl(long quoteId) {
        return baseUrl + "/quotes/" + quoteId;
    }

    public String articleUrl(long articleId) {
        return baseUrl + "/articles/" + articleId;
    }

    public String sourceUrl(long sourceId) {
        return baseUrl + "/sources/" + sourceId;
    }
}
