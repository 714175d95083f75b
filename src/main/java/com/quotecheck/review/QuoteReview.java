package com.quotecheck.review;

import com.quotecheck.matching.MatchResult;

import java.util.List;

/**
 * A quote with what a reviewer needs to judge it: its matches, earlier verdicts, its place in the article, and
 * checks of the same words in other articles.
 */
public record QuoteReview(Quote quote, MatchResult match, List<Verdict> history, List<Quote> articleQuotes,
                          List<EarlierCheck> earlierChecks) {

    public int position() {
        return articleQuotes.indexOf(quote) + 1;
    }

    public Quote previous() {
        int at = articleQuotes.indexOf(quote);
        return at > 0 ? articleQuotes.get(at - 1) : null;
    }

    public Quote next() {
        int at = articleQuotes.indexOf(quote);
        return at + 1 < articleQuotes.size() ? articleQuotes.get(at + 1) : null;
    }

    /** The first quote after this one (wrapping around) that nobody has judged yet. */
    public Quote nextUnreviewed() {
        int at = articleQuotes.indexOf(quote);
        for (int i = 1; i < articleQuotes.size(); i++) {
            Quote candidate = articleQuotes.get((at + i) % articleQuotes.size());
            if (candidate.status == ReviewStatus.UNREVIEWED) {
                return candidate;
            }
        }
        return null;
    }
}
