package com.quotecheck.matching;

/** How closely a quote reproduces the best passage found for it. */
public enum MatchClass {
    /** Every quote word matches a contiguous run of source words, in order. */
    EXACT,
    /** The only differences are marked ones: ellipses and bracketed insertions. */
    EDITED,
    /** Clearly the same passage, with unmarked changes. */
    DEVIATES,
    /** The passage is located but the wording differs substantially. */
    PARAPHRASE,
    /** Nothing in the library comes close. */
    NOT_FOUND
}
