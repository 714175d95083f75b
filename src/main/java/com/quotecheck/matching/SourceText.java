package com.quotecheck.matching;

/** A source document's immutable text, as the matcher indexes it. */
public record SourceText(long id, String text) {
}
