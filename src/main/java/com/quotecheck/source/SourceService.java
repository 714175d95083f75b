package com.quotecheck.source;

import com.quotecheck.review.Quote;
import com.quotecheck.support.Hashing;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.LocalChanges;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.TextInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Adds immutable source snapshots to the library — pasted, fetched or uploaded — and keeps the matching index in
 * step. A URL fetched again becomes a new snapshot that supersedes the old one; verdicts judged against an older,
 * different text are marked for re-check.
 */
@ApplicationScoped
public class SourceService {

    /** The kind of the background job that fetches a URL for the page form. */
    public static final String FETCH_JOB = "source-fetch";

    /** How a fetch in the background ended: the stored source's id, or why nothing was stored. */
    public record FetchOutcome(Long sourceId, String refusal) {
    }

    private final Clock clock;
    private final QuoteCheckConfig config;
    private final SourceLibrary library;
    private final SourceIngestion ingestion;
    private final LocalChanges changes;

    SourceService(Clock clock, QuoteCheckConfig config, SourceLibrary library, SourceIngestion ingestion,
                  LocalChanges changes) {
        this.clock = clock;
        this.config = config;
        this.library = library;
        this.ingestion = ingestion;
        this.changes = changes;
    }

    /** The API's entry: pasted text is stored as it is, a URL alone is fetched. */
    public SourceDocument add(@Valid SourceRequest request) {
        return request.pasted() ? create(request.draft()) : fetch(request.url(), request.details());
    }

    @Transactional
    public SourceDocument create(@Valid SourceDraft draft) {
        SourceDocument source = new SourceDocument();
        source.title = draft.title().strip();
        source.publisher = draft.publisher().strip();
        source.kind = draft.kind();
        source.url = TextInput.blankToNull(draft.url());
        source.publishedOn = draft.publishedOn();
        source.language = TextInput.blankToNull(draft.language());
        source.speakers = speakerList(draft.speakers());
        source.retrievedAt = Instant.now(clock);
        return store(source, draft.text());
    }

    /** Fetches a URL (outside any transaction: the network is slow) and stores what it returned. */
    public SourceDocument fetch(@NotBlank(message = "Enter the address to fetch.") String url,
                                @Valid SourceDetails details) {
        SourceIngestion.Document document = ingestion.fetch(url.strip());
        SourceDocument source = fromDocument(document, details, document.fallbackTitle());
        source.url = url.strip();
        return QuarkusTransaction.requiringNew().call(() -> store(source, document.extracted().text()));
    }

    /** Fetches as {@link #fetch} does, but answers a refused or unreadable URL with the reason instead of throwing. */
    public FetchOutcome fetchOutcome(String url, SourceDetails details) {
        try {
            return new FetchOutcome(fetch(url, details).id, null);
        } catch (RejectedInputException | InputTooLargeException e) {
            return new FetchOutcome(null, e.getMessage());
        }
    }

    public SourceDocument upload(byte[] bytes, String contentType, String fileName, @Valid SourceDetails details) {
        SourceIngestion.Document document = ingestion.read(bytes, contentType, fileName);
        SourceDocument source = fromDocument(document, details, fileName == null ? "Uploaded document" : fileName);
        return QuarkusTransaction.requiringNew().call(() -> store(source, document.extracted().text()));
    }

    public List<SourceDocument> listNewestFirst() {
        return SourceDocument.listNewestFirst();
    }

    public List<SourceDocument> listByTitle() {
        return SourceDocument.listByTitle();
    }

    /** Quotes attributed to this source or judged against a passage of it, in article order. */
    public List<Quote> quotesLinkedTo(SourceDocument source) {
        return Quote.list("source = ?1 or id in (select v.quote.id from Verdict v where v.source = ?1)"
                + " order by article.id, start", source);
    }

    /** The snapshot that replaced this one, or null while it is the newest. */
    public SourceDocument newerVersionOf(SourceDocument source) {
        return SourceDocument.find("supersedesId", source.id).firstResult();
    }

    /** The sources with these ids that exist, by id. */
    public Map<Long, SourceDocument> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SourceDocument.<SourceDocument>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
    }

    public SourceDocument get(long id) {
        return SourceDocument.<SourceDocument>findByIdOptional(id)
                .orElseThrow(() -> new MissingEntityException("Source", id));
    }

    private SourceDocument fromDocument(SourceIngestion.Document document, SourceDetails details, String fallbackTitle) {
        SourceDocument source = new SourceDocument();
        source.title = firstOf(details.title(), document.extracted().title(), fallbackTitle);
        source.publisher = firstOf(details.publisher(), document.finalUrl() == null ? null : document.fallbackTitle(),
                "Unknown publisher");
        source.kind = details.kind();
        source.publishedOn = details.publishedOn() != null ? details.publishedOn() : document.extracted().publishedOn();
        source.language = firstOf(details.language(), document.extracted().language(), null);
        source.speakers = speakerList(details.speakers());
        source.finalUrl = document.finalUrl();
        source.contentType = document.contentType();
        source.rawSha256 = document.rawSha256();
        source.retrievedAt = document.retrievedAt();
        return source;
    }

    private SourceDocument store(SourceDocument source, String rawText) {
        String text = TextInput.normalizeNewlines(rawText);
        if (text.length() > config.maxTextLength()) {
            throw new InputTooLargeException("The source has " + text.length()
                    + " characters; QuoteCheck accepts at most " + config.maxTextLength() + ".");
        }
        source.text = text;
        source.sha256 = Hashing.sha256(text);
        source.kind = Objects.requireNonNullElse(source.kind, SourceKind.OTHER);
        source.title = abbreviate(source.title, 500);
        source.publisher = abbreviate(source.publisher, 300);
        SourceDocument previous = source.url == null ? null : SourceDocument.latestFor(source.url);
        if (previous != null) {
            source.supersedesId = previous.id;
        }
        source.persist();
        if (previous != null && !previous.sha256.equals(source.sha256)) {
            SourceDocument.update("update Verdict v set v.needsRecheck = true where v.source.id in"
                    + " (select s.id from SourceDocument s where s.url = ?1 and s.id <> ?2)", source.url, source.id);
        }
        library.addAfterCommit(source);
        changes.recordOnCommit();
        return source;
    }

    /** "Matthew Miller;  Ned Price\n" → "Matthew Miller; Ned Price". */
    private static String speakerList(String typed) {
        if (typed == null) {
            return null;
        }
        String joined = Arrays.stream(typed.split("[;\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String firstOf(String preferred, String found, String fallback) {
        String value = TextInput.blankToNull(preferred);
        if (value == null) {
            value = TextInput.blankToNull(found);
        }
        return value == null ? fallback : value;
    }

    private static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
