package com.quotecheck.web.api;

import com.quotecheck.article.Article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article with its text and quotes. */
public record ArticleJson(
        long id,
        String title,
        String outlet,
        String url,
        LocalDate publishedOn,
        Instant createdAt,
        String text,
        List<QuoteJson> quotes) {

    static ArticleJson of(Article article, List<QuoteJson> quotes) {
        return new ArticleJson(article.id, article.title, article.outlet, article.url, article.publishedOn,
                article.createdAt, article.text, quotes);
    }
}
