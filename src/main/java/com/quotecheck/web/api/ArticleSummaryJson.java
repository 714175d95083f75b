package com.quotecheck.web.api;

import com.quotecheck.article.ArticleProgress;

import java.time.Instant;
import java.time.LocalDate;

/** An article in a list, with its quotes counted by review status instead of its text. */
public record ArticleSummaryJson(
        long id,
        String title,
        String outlet,
        String url,
        LocalDate publishedOn,
        Instant createdAt,
        long quotes,
        long verified,
        long proposed,
        long returned,
        long unreviewed) {

    static ArticleSummaryJson of(ArticleProgress progress) {
        var a = progress.article();
        var counts = progress.counts();
        return new ArticleSummaryJson(a.id, a.title, a.outlet, a.url, a.publishedOn, a.createdAt,
                counts.total(), counts.verified(), counts.proposed(), counts.returned(), counts.unreviewed());
    }
}
