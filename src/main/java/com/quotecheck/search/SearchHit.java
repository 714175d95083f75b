package com.quotecheck.search;

/**
 * One search result, with what a result list shows without going back to the database.
 *
 * @param snippet the beginning of the matched text
 */
public record SearchHit(Kind kind, long id, String title, String snippet, String speaker, String verdict,
                        String outlet, String publisher, Long parentId) {

    /** What was found. */
    public enum Kind {
        QUOTE, ARTICLE, SOURCE
    }
}
