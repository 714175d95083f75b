package com.quotecheck.web;

import com.quotecheck.audit.TrailEntry;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.Passage;
import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteReview;
import com.quotecheck.review.VerdictType;
import com.quotecheck.source.SourceDocument;

import java.util.List;
import java.util.Map;

/** Everything the review page shows for one quote. */
public record ReviewView(
        QuoteReview review,
        Excerpt articleContext,
        SourceDocument shownSource,
        Excerpt sourceContext,
        List<Candidate> candidates,
        List<SourceDocument> sources,
        VerdictType suggested,
        VerdictForm form,
        String notice,
        Map<String, String> errors,
        List<TrailEntry> history) {

    private static final int ARTICLE_CONTEXT = 250;
    private static final int SOURCE_CONTEXT = 500;

    /** Another passage the quote may come from. */
    public record Candidate(Passage passage, SourceDocument source) {
    }

    static ReviewView of(QuoteReview review, Map<Long, SourceDocument> sourcesById, List<SourceDocument> sources,
                         VerdictForm form, String notice, Map<String, String> errors, List<TrailEntry> history) {
        Quote quote = review.quote();
        MatchResult match = review.match();
        Excerpt articleContext = Excerpt.of(quote.article.text, quote.start, quote.end, ARTICLE_CONTEXT);
        SourceDocument shown = null;
        Excerpt sourceContext = null;
        if (match.best() != null && sourcesById.containsKey(match.best().sourceId())) {
            shown = sourcesById.get(match.best().sourceId());
            sourceContext = Excerpt.of(shown.text, match.best().start(), match.best().end(), SOURCE_CONTEXT);
        } else if (quote.source != null) {
            shown = quote.source;
            sourceContext = Excerpt.of(shown.text, 0, 0, 2 * SOURCE_CONTEXT);
        }
        List<Candidate> candidates = match.others().stream()
                .filter(p -> sourcesById.containsKey(p.sourceId()))
                .map(p -> new Candidate(p, sourcesById.get(p.sourceId())))
                .toList();
        return new ReviewView(review, articleContext, shown, sourceContext, candidates, sources,
                VerdictType.suggestedFor(match), form, notice, errors, history);
    }

    public VerdictType[] verdictTypes() {
        return VerdictType.values();
    }

    public Quote quote() {
        return review.quote();
    }

    public MatchResult match() {
        return review.match();
    }

    /** The verdict to preselect: what the reviewer chose when re-showing the form, else the suggestion. */
    public String selectedVerdict() {
        return form.verdict != null ? form.verdict : suggested.name();
    }
}
