package com.quotecheck.article;

import com.quotecheck.extraction.ExtractedQuote;
import com.quotecheck.extraction.QuoteExtractor;
import com.quotecheck.matching.MatchClass;
import com.quotecheck.review.Quote;
import com.quotecheck.review.StatusCounts;
import com.quotecheck.source.SourceLibrary;
import com.quotecheck.speaker.Speaker;
import com.quotecheck.speaker.SpeakerRegistry;
import com.quotecheck.speaker.SpeakerService;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.LocalChanges;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.TextInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/** Adds articles, runs quote extraction on them and reports review progress. */
@ApplicationScoped
public class ArticleService {

    /** The kind of the background job that runs extraction again on an article. */
    public static final String REEXTRACTION_JOB = "article-reextraction";
    /** Matching is reported in this many steps, so a long article's progress bar moves. */
    static final int MATCHING_CHUNKS = 4;
    /** The steps of a re-extraction job: extraction, then the matching chunks. */
    public static final int REEXTRACTION_STEPS = 1 + MATCHING_CHUNKS;

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final Clock clock;
    private final QuoteCheckConfig config;
    private final LocalChanges changes;
    private final SpeakerService speakers;
    private final SourceLibrary library;

    ArticleService(Clock clock, QuoteCheckConfig config, LocalChanges changes, SpeakerService speakers,
                   SourceLibrary library) {
        this.clock = clock;
        this.config = config;
        this.changes = changes;
        this.speakers = speakers;
        this.library = library;
    }

    @Transactional
    public Article create(@Valid ArticleDraft draft) {
        String text = TextInput.normalizeNewlines(draft.text());
        if (text.length() > config.maxTextLength()) {
            throw new InputTooLargeException("The article has " + text.length()
                    + " characters; QuoteCheck accepts at most " + config.maxTextLength() + ".");
        }
        Article article = new Article();
        article.title = draft.title().strip();
        article.text = text;
        article.outlet = TextInput.blankToNull(draft.outlet());
        article.url = TextInput.blankToNull(draft.url());
        article.publishedOn = draft.publishedOn();
        article.createdAt = Instant.now(clock);
        article.persist();
        changes.recordOnCommit();
        SpeakerRegistry registry = speakers.registry();
        for (ExtractedQuote found : extractor.extract(text)) {
            extracted(article, found, registry).persist();
        }
        return article;
    }

    public Article get(long id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> new MissingEntityException("Article", id));
    }

    /**
     * Runs extraction again, then looks for each of the article's quotes in the source library, telling
     * {@code progress} how many of the {@link #REEXTRACTION_STEPS} steps are done: extraction, then matching in
     * {@link #MATCHING_CHUNKS} chunks. Quotes a reviewer added, corrected or judged stay as they are; the extractor's
     * other quotes are replaced by what it finds now.
     */
    public Reextraction reextract(long id, IntConsumer progress) {
        Reextraction extracted = QuarkusTransaction.requiringNew().call(() -> extractAgain(id));
        progress.accept(1);
        List<QuoteToMatch> quotes = QuarkusTransaction.requiringNew().call(() -> Quote.listFor(get(id)).stream()
                .map(q -> new QuoteToMatch(q.text, q.source == null ? null : q.source.id)).toList());
        int chunk = Math.max(1, (quotes.size() + MATCHING_CHUNKS - 1) / MATCHING_CHUNKS);
        int matched = 0;
        for (int step = 0; step < MATCHING_CHUNKS; step++) {
            for (QuoteToMatch quote : quotes.subList(Math.min(step * chunk, quotes.size()),
                    Math.min((step + 1) * chunk, quotes.size()))) {
                if (library.match(quote.text(), quote.sourceId()).matchClass() != MatchClass.NOT_FOUND) {
                    matched++;
                }
            }
            progress.accept(2 + step);
        }
        return extracted.withMatched(matched);
    }

    private Reextraction extractAgain(long id) {
        Article article = get(id);
        changes.recordOnCommit();
        Set<String> kept = new HashSet<>();
        for (Quote quote : Quote.listFor(article)) {
            if (quote.isReviewerWork()) {
                kept.add(quote.start + ":" + quote.end);
            } else {
                quote.delete();
            }
        }
        int keptCount = kept.size();
        int added = 0;
        List<ExtractedQuote> found = extractor.extract(article.text);
        SpeakerRegistry registry = speakers.registry();
        for (ExtractedQuote quote : found) {
            if (kept.add(quote.start() + ":" + quote.end())) {
                extracted(article, quote, registry).persist();
                added++;
            }
        }
        return new Reextraction(id, found.size(), added, keptCount, 0);
    }

    private record QuoteToMatch(String text, Long sourceId) {
    }

    /** A found quote, its speaker resolved through the registry where the registry knows the name. */
    private static Quote extracted(Article article, ExtractedQuote found, SpeakerRegistry registry) {
        Quote quote = Quote.extracted(article, found);
        Speaker known = registry.find(quote.speakerName);
        if (known == null) {
            known = registry.find(quote.speaker);
        }
        if (known != null) {
            quote.speakerName = known.name;
            if (quote.speakerDescription == null) {
                quote.speakerDescription = known.role;
            }
        }
        return quote;
    }

    public List<ArticleProgress> listWithProgress() {
        Map<Long, StatusCounts> counts = Quote.countByStatusPerArticle();
        return Article.listNewestFirst().stream()
                .map(a -> new ArticleProgress(a, counts.getOrDefault(a.id, StatusCounts.NONE)))
                .toList();
    }
}
