package com.quotecheck.web.api;

import com.quotecheck.article.ArticleProgress;

import java.time.Instant;
import java.time.LocalDate;

/** An article in a list, with review progress instead of its text. */
public record ArticleSummaryJson(
        long id,
        String title,
        String outlet,
        String url,
        LocalDate publishedOn,
        Instant createdAt,
        long quotes,
        long reviewed) {

    static ArticleSummaryJson of(ArticleProgress progress) {
        var a = progress.article();
        return new ArticleSummaryJson(a.id, a.title, a.outlet, a.url, a.publishedOn, a.createdAt,
                progress.quotes(), progress.reviewed());
    }
}
