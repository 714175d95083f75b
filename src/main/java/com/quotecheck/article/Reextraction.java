package com.quotecheck.article;

/**
 * What running extraction again on an article did: the quotes the extractor found, how many of them were new, how
 * many quotes a reviewer had added, corrected or judged were kept, and how many of the article's quotes now have a
 * passage in the source library.
 */
public record Reextraction(long articleId, int found, int added, int kept, int matched) {

    Reextraction withMatched(int quotesWithPassage) {
        return new Reextraction(articleId, found, added, kept, quotesWithPassage);
    }

    /** All the article's quotes after the run. */
    public int quotes() {
        return added + kept;
    }
}
