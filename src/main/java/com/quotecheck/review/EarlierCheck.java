package com.quotecheck.review;

/** The same words quoted in another article, and the verdict they got there. */
public record EarlierCheck(Quote quote, Verdict verdict) {
}
