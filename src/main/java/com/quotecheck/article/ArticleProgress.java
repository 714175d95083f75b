package com.quotecheck.article;

import com.quotecheck.review.StatusCounts;

/** An article with how far its review has come. */
public record ArticleProgress(Article article, StatusCounts counts) {
}
