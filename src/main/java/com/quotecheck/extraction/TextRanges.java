package com.quotecheck.extraction;

import java.util.Arrays;

/** Disjoint ranges of a text, in order, looked up by binary search: which offsets the direct quotes cover. */
final class TextRanges {

    /** Start and end of each range, flattened. */
    private final int[] bounds;

    private TextRanges(int[] bounds) {
        this.bounds = bounds;
    }

    /** Collects ranges added in order of their starts, merging the ones that overlap. */
    static final class Builder {
        private int[] bounds = new int[16];
        private int size;

        void add(int start, int end) {
            if (size > 0 && start <= bounds[size - 1]) {
                bounds[size - 1] = Math.max(bounds[size - 1], end);
                return;
            }
            if (size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[size++] = start;
            bounds[size++] = end;
        }

        TextRanges build() {
            return new TextRanges(Arrays.copyOf(bounds, size));
        }
    }

    /** Whether a range covers {@code position}. */
    boolean covers(int position) {
        return overlaps(position, position + 1);
    }

    /** Whether a range overlaps {@code [from, to)}: the first range ending after {@code from} starts before {@code to}. */
    boolean overlaps(int from, int to) {
        int lo = 0;
        int hi = bounds.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds[2 * mid + 1] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 2 * lo < bounds.length && bounds[2 * lo] < to;
    }
}
