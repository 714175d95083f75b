package com.quotecheck.review;

import java.time.Instant;
import java.util.List;

/**
 * Where review stands across everything: how many quotes stand at each status, how the latest verdicts are
 * distributed, and who has been reviewing.
 */
public record ReviewOverview(StatusCounts counts, List<VerdictCount> verdicts, List<ReviewerActivity> reviewers) {

    /** How many quotes have this verdict as their latest. */
    public record VerdictCount(VerdictType verdict, long count) {
    }

    /** One reviewer's verdicts. */
    public record ReviewerActivity(String reviewer, long verdicts, Instant lastVerdictAt) {
    }

    /** The largest verdict count, which the chart scales its bars to. */
    public long largestCount() {
        return verdicts.stream().mapToLong(VerdictCount::count).max().orElse(0);
    }
}
