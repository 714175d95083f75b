package com.quotecheck.review;

import java.util.List;

/**
 * Who is quoted from which source, and how often it goes wrong: per speaker and per publisher of the attributed
 * source, counted on each quote's latest verdict.
 */
public record AttributionAudit(List<Row> speakers, List<Row> publishers, long withoutSource, long judgedElsewhere) {

    /**
     * One speaker or publisher.
     *
     * @param judged        quotes with a verdict
     * @param misquoted     latest verdict MISQUOTED or OUT_OF_CONTEXT
     * @param misattributed latest verdict MISATTRIBUTED
     */
    public record Row(String name, long quotes, long judged, long accurate, long minorDeviation, long misquoted,
                      long misattributed, long unverifiable) {

        public int misquoteRate() {
            return judged == 0 ? 0 : (int) Math.round(100.0 * misquoted / judged);
        }

        public int misattributionRate() {
            return judged == 0 ? 0 : (int) Math.round(100.0 * misattributed / judged);
        }
    }

    /** The quotes behind a row or a figure of the audit. */
    public enum Issue {
        /** Quotes attributed to no source document. */
        NO_SOURCE,
        /** Quotes whose latest verdict was judged against another source than the one attributed. */
        JUDGED_ELSEWHERE
    }
}
