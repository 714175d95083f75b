package com.quotecheck.review;

/** Who put a quote on the list: the extractor or a reviewer. */
public enum QuoteOrigin {
    EXTRACTED,
    MANUAL
}
