package com.quotecheck.extraction;

/** How a quote reproduces its speaker's words. */
public enum QuoteKind {
    /** A full quotation inside quote marks. */
    DIRECT,
    /** A short quoted fragment inside the writer's own sentence, or a scare quote. */
    PARTIAL,
    /** Reported speech without quote marks. */
    INDIRECT
}
