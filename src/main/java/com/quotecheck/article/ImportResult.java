package com.quotecheck.article;

/**
 * What became of one item of a batch import: an article and how many quotes it got, or why it was refused.
 *
 * @param status the HTTP-style outcome: 201 stored, 400 invalid, 413 too large, 422 unreadable
 */
public record ImportResult(int index, String name, int status, Long articleId, Integer quotes, String error) {

    static ImportResult stored(int index, String name, Article article, int quotes) {
        return new ImportResult(index, name, 201, article.id, quotes, null);
    }

    static ImportResult refused(int index, String name, int status, String error) {
        return new ImportResult(index, name, status, null, null, error);
    }

    public boolean succeeded() {
        return status == 201;
    }
}
