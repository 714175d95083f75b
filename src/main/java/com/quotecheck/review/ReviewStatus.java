package com.quotecheck.review;

/**
 * Where a quote stands in review: a reviewer's verdict is a proposal until an editor who did not write it confirms it
 * or returns it with a note; a new verdict on a returned quote is a new proposal.
 */
public enum ReviewStatus {
    UNREVIEWED,
    PROPOSED,
    VERIFIED,
    RETURNED
}
