package com.quotecheck.article;

/** An article with how far its review has come. */
public record ArticleProgress(Article article, long quotes, long reviewed) {

    public int percent() {
        return quotes == 0 ? 0 : (int) (100 * reviewed / quotes);
    }
}
