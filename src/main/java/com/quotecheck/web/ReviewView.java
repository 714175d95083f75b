package com.quotecheck.web;

import com.quotecheck.audit.TrailEntry;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.Passage;
import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteReview;
import com.quotecheck.review.ReviewStatus;
import com.quotecheck.review.Verdict;
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
        SignOff signOff,
        Conflict conflict,
        String notice,
        Map<String, String> errors,
        List<TrailEntry> history) {

    private static final int ARTICLE_CONTEXT = 250;
    private static final int SOURCE_CONTEXT = 500;

    /** Another passage the quote may come from. */
    public record Candidate(Passage passage, SourceDocument source) {
    }

    /**
     * The sign-off part of the page.
     *
     * @param required whether verdicts wait for an editor's sign-off on this desk
     * @param editor   whether the signed-in user may sign off
     * @param user     the signed-in user's name, null when anonymous
     * @param error    why the editor's last decision was refused, or null
     */
    public record SignOff(boolean required, boolean editor, String user, SignOffForm form, String error) {
    }

    /** What someone sent on a version of the quote that another person has changed since; shown beside the current state. */
    public record Conflict(String action, List<Entry> yours) {

        /** One value that was sent. */
        public record Entry(String label, String value) {
        }
    }

    static ReviewView of(QuoteReview review, Map<Long, SourceDocument> sourcesById, List<SourceDocument> sources,
                         VerdictForm form, SignOff signOff, Conflict conflict, String notice,
                         Map<String, String> errors, List<TrailEntry> history) {
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
                VerdictType.suggestedFor(match), form, signOff, conflict, notice, errors, history);
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

    /** The verdict that stands: the latest one, which an editor signs off; null before the first. */
    public Verdict latestVerdict() {
        return review.history().isEmpty() ? null : review.history().get(0);
    }

    /** The signed-in editor wrote the proposed verdict, so another editor must decide on it. */
    public boolean ownProposal() {
        Verdict latest = latestVerdict();
        return quote().status == ReviewStatus.PROPOSED && latest != null && latest.reviewer.equals(signOff.user());
    }

    public boolean showSignOffForm() {
        return signOff.required() && signOff.editor() && quote().status == ReviewStatus.PROPOSED && !ownProposal();
    }
}
