package com.quotecheck.matching;

/** One step of the word alignment between a quote and its passage. */
public enum EditType {
    /** The same words in quote and source. */
    EQUAL,
    /** Words in the quote that the source does not have. */
    INSERT,
    /** Source words the quote drops without marking the omission. */
    DELETE,
    /** Quote words standing where the source has other words. */
    REPLACE,
    /** Source words the quote omits and marks with an ellipsis. */
    ELLIPSIS,
    /** A bracketed editorial insertion, possibly standing for source words. */
    BRACKET,
    /** Words the quote has in another order: as the quote places them, and the source words they stand for. */
    MOVE
}
