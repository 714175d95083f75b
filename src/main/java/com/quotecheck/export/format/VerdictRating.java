package com.quotecheck.export.format;

/**
 * How a verdict is published: its human label and its place on the ClaimReview scale from 1 (worst) to 5 (best).
 * The scale judges how faithfully the quote reproduces the source; 3 is unused so that 4 and 5 read as "the words
 * hold" and 1 and 2 as "the words mislead", as on the common five-point fact-check scales. An unverifiable quote is
 * not rated on the scale at all: only its label is published.
 */
public enum VerdictRating {
    ACCURATE("Accurate", 5),
    MINOR_DEVIATION("Minor deviation", 4),
    OUT_OF_CONTEXT("Out of context", 2),
    MISQUOTED("Misquoted", 1),
    MISATTRIBUTED("Misattributed", 1),
    UNVERIFIABLE("Unverifiable", null);

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final String label;
    private final Integer ratingValue;

    VerdictRating(String label, Integer ratingValue) {
        this.label = label;
        this.ratingValue = ratingValue;
    }

    /**
     * The rating of a verdict name as {@link ExportRow#verdict()} holds it, or null for an unreviewed quote.
     *
     * @throws IllegalArgumentException for a name that is no verdict, so a new verdict cannot be exported unrated
     */
    public static VerdictRating of(String verdict) {
        return verdict == null ? null : valueOf(verdict);
    }

    public String label() {
        return label;
    }

    /** The value on the 1–5 scale, or null where the verdict is not a judgement of accuracy. */
    public Integer ratingValue() {
        return ratingValue;
    }
}
