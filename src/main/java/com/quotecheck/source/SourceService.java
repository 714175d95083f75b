package com.quotecheck.source;

import com.quotecheck.review.Quote;
import com.quotecheck.support.Hashing;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

/** Adds immutable source snapshots to the library and keeps the matching index in step. */
@ApplicationScoped
public class SourceService {

    private final Clock clock;
    private final QuoteCheckConfig config;
    private final SourceLibrary library;

    SourceService(Clock clock, QuoteCheckConfig config, SourceLibrary library) {
        this.clock = clock;
        this.config = config;
        this.library = library;
    }

    @Transactional
    public SourceDocument create(@Valid SourceDraft draft) {
        String text = TextInput.normalizeNewlines(draft.text());
        if (text.length() > config.maxTextLength()) {
            throw new InputTooLargeException("The source has " + text.length()
                    + " characters; QuoteCheck accepts at most " + config.maxTextLength() + ".");
        }
        SourceDocument source = new SourceDocument();
        source.title = draft.title().strip();
        source.publisher = draft.publisher().strip();
        source.kind = Objects.requireNonNullElse(draft.kind(), SourceKind.OTHER);
        source.url = TextInput.blankToNull(draft.url());
        source.publishedOn = draft.publishedOn();
        source.language = TextInput.blankToNull(draft.language());
        source.text = text;
        source.sha256 = Hashing.sha256(text);
        source.retrievedAt = Instant.now(clock);
        source.persist();
        library.addAfterCommit(source);
        return source;
    }

    public List<SourceDocument> listNewestFirst() {
        return SourceDocument.listNewestFirst();
    }

    public List<SourceDocument> listByTitle() {
        return SourceDocument.listByTitle();
    }

    public List<Quote> quotesAttributedTo(SourceDocument source) {
        return Quote.list("source = ?1 order by article.id, start", source);
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
}
