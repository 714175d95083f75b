package com.quotecheck.search;

/**
 * What the search index holds of a quote, article or source.
 *
 * @param text      the words searched by default (quote text, article text, source text)
 * @param title     the display title (article or source title; for a quote, its article's title)
 * @param speaker   the quote's speaker as written and resolved, or null
 * @param verdict   the quote's latest verdict name, or null
 * @param outlet    the article's outlet, or null
 * @param publisher the source's publisher (for a quote, its attributed source's), or null
 * @param parentId  for a quote, its article's id; else null
 */
public record SearchDocument(SearchHit.Kind kind, long id, int version, String text, String title, String speaker,
                             String verdict, String outlet, String publisher, Long parentId) {
}
