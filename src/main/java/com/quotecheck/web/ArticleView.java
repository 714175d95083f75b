package com.quotecheck.web;

import com.quotecheck.article.Article;
import com.quotecheck.review.Quote;
import com.quotecheck.review.StatusCounts;
import com.quotecheck.review.Verdict;
import com.quotecheck.source.SourceDocument;

import java.util.List;
import java.util.Map;

/** Everything the article page shows. */
public record ArticleView(
        Article article,
        List<TextSegment> segments,
        List<Quote> quotes,
        Map<Long, Verdict> latestVerdicts,
        List<SourceDocument> sources,
        String notice,
        QuoteForm quoteForm,
        Map<String, String> errors) {

    public Verdict verdictOf(Quote quote) {
        return latestVerdicts.get(quote.id);
    }

    public StatusCounts counts() {
        return StatusCounts.of(quotes);
    }
}
