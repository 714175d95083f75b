package com.quotecheck.review;

/** Where a quote stands in review. */
public enum ReviewStatus {
    UNREVIEWED,
    REVIEWED
}
