package com.quotecheck.matching;

/**
 * A run of a source's text that a quote was aligned with.
 *
 * @param start offset into the source text (inclusive)
 * @param end   offset into the source text (exclusive)
 * @param text  {@code source.substring(start, end)}
 * @param score 0..1, the share of the quote's words the passage accounts for
 */
public record Passage(long sourceId, int start, int end, String text, double score) {
}
