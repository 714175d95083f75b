package com.quotecheck.article;

import com.quotecheck.extraction.ExtractedQuote;
import com.quotecheck.extraction.QuoteExtractor;
import com.quotecheck.review.Quote;
import com.quotecheck.review.StatusCounts;
import com.quotecheck.speaker.Speaker;
import com.quotecheck.speaker.SpeakerRegistry;
import com.quotecheck.speaker.SpeakerService;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.LocalChanges;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds articles, runs quote extraction on them and reports review progress. */
@ApplicationScoped
public class ArticleService {

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final Clock clock;
    private final QuoteCheckConfig config;
    private final LocalChanges changes;
    private final SpeakerService speakers;

    ArticleService(Clock clock, QuoteCheckConfig config, LocalChanges changes, SpeakerService speakers) {
        this.clock = clock;
        this.config = config;
        this.changes = changes;
        this.speakers = speakers;
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
     * Runs extraction again. Quotes a reviewer added, corrected or judged stay as they are; the extractor's other
     * quotes are replaced by what it finds now.
     *
     * @return how many quotes the extractor added
     */
    @Transactional
    public int reextract(long id) {
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
        int added = 0;
        SpeakerRegistry registry = speakers.registry();
        for (ExtractedQuote found : extractor.extract(article.text)) {
            if (kept.add(found.start() + ":" + found.end())) {
                extracted(article, found, registry).persist();
                added++;
            }
        }
        return added;
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
