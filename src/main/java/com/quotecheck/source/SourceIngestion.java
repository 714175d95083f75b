package com.quotecheck.source;

import com.quotecheck.source.ingest.DocumentTextExtractor;
import com.quotecheck.source.ingest.ExtractedText;
import com.quotecheck.source.ingest.FetchFailedException;
import com.quotecheck.source.ingest.FetchPolicy;
import com.quotecheck.source.ingest.FetchRefusedException;
import com.quotecheck.source.ingest.FetchedDocument;
import com.quotecheck.source.ingest.UnsupportedDocumentException;
import com.quotecheck.source.ingest.UrlFetcher;
import com.quotecheck.support.Hashing;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.RejectedInputException;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Turns a URL or an uploaded file into the text and fingerprints of a source snapshot, within the configured limits. */
@ApplicationScoped
public class SourceIngestion {

    private final UrlFetcher fetcher;
    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private final long maxBytes;
    private final Clock clock;

    SourceIngestion(QuoteCheckConfig config, Clock clock) {
        QuoteCheckConfig.Fetch fetch = config.fetch();
        this.fetcher = new UrlFetcher(new FetchPolicy(fetch.connectTimeout(), fetch.totalTimeout(), fetch.maxBytes(),
                fetch.maxRedirects(), fetch.allowedHosts().orElse(Set.of()), FetchPolicy.DOCUMENT_TYPES,
                fetch.userAgent()), clock);
        this.maxBytes = fetch.maxBytes();
        this.clock = clock;
    }

    /** A document as read: its text, what it says about itself, and where and when it was retrieved. */
    public record Document(ExtractedText extracted, String finalUrl, String contentType, String rawSha256,
                           Instant retrievedAt) {

        String fallbackTitle() {
            return finalUrl == null ? "Untitled document" : URI.create(finalUrl).getHost();
        }
    }

    /** Fetches a URL; a refused or failed fetch becomes a message for the user. */
    public Document fetch(String url) {
        try {
            FetchedDocument fetched = fetcher.fetch(url);
            ExtractedText text = extractor.extract(fetched.body(), fetched.contentType(), fetched.charset(), null);
            return new Document(text, fetched.finalUrl().toString(), fetched.contentType(),
                    Hashing.sha256(fetched.body()), fetched.retrievedAt());
        } catch (FetchRefusedException | FetchFailedException | UnsupportedDocumentException e) {
            throw new RejectedInputException(e.getMessage());
        }
    }

    /** Reads an uploaded file of a declared type (HTML, text, PDF, Word). */
    public Document read(byte[] bytes, String contentType, String fileName) {
        if (bytes.length > maxBytes) {
            throw new InputTooLargeException("The file has " + bytes.length + " bytes; QuoteCheck reads at most "
                    + maxBytes + ".");
        }
        try {
            ExtractedText text = extractor.extract(bytes, contentType, null, fileName);
            return new Document(text, null, contentType, Hashing.sha256(bytes), Instant.now(clock));
        } catch (UnsupportedDocumentException e) {
            throw new RejectedInputException(e.getMessage());
        }
    }
}
