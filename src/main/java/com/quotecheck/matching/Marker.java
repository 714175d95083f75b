package com.quotecheck.matching;

/**
 * An editorial mark in a quote: an ellipsis for omitted words or a bracketed insertion.
 *
 * @param ellipsis true for an ellipsis, false for brackets
 * @param boundary how many quote words precede the mark
 * @param start    offset of the mark in the quote
 * @param end      offset just past the mark in the quote
 * @param inner    for brackets, the normalized words inside them; empty for an ellipsis
 */
record Marker(boolean ellipsis, int boundary, int start, int end, String[] inner) {
}
