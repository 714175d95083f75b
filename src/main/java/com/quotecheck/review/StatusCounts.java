package com.quotecheck.review;

import java.util.Collection;

/** How many quotes stand at each review status; review progress is the verified share. */
public record StatusCounts(long unreviewed, long proposed, long verified, long returned) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

    public static StatusCounts of(Collection<Quote> quotes) {
        StatusCounts counts = NONE;
        for (Quote quote : quotes) {
            counts = counts.plus(quote.status, 1);
        }
        return counts;
    }

    public StatusCounts plus(ReviewStatus status, long count) {
        return switch (status) {
            case UNREVIEWED -> new StatusCounts(unreviewed + count, proposed, verified, returned);
            case PROPOSED -> new StatusCounts(unreviewed, proposed + count, verified, returned);
            case VERIFIED -> new StatusCounts(unreviewed, proposed, verified + count, returned);
            case RETURNED -> new StatusCounts(unreviewed, proposed, verified, returned + count);
        };
    }

    public long total() {
        return unreviewed + proposed + verified + returned;
    }

    /** Quotes that have a verdict, whatever an editor made of it. */
    public long judged() {
        return proposed + verified + returned;
    }

    public int percentVerified() {
        return total() == 0 ? 0 : (int) (100 * verified / total());
    }
}
