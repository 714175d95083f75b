package com.quotecheck.extraction;

/**
 * A stretch of text between quote marks, before attribution.
 *
 * @param open       offset of the opening mark
 * @param start      first character inside the marks
 * @param end        offset after the last character inside the marks
 * @param close      offset just after the closing mark, or -1 when the quote is never closed in its paragraph
 * @param continued  true when this piece reopens a quote carried over from the previous paragraph
 * @param continues  true when the quote runs on into the next paragraph
 */
record QuoteSpan(int open, int start, int end, int close, boolean continued, boolean continues) {

    /** Offset just after the closing mark, or the end of the text for an unclosed piece. */
    int after() {
        return close < 0 ? end : close;
    }
}
