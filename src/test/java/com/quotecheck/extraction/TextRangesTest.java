package com.quotecheck.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRangesTest {

    private static TextRanges of(int... bounds) {
        TextRanges.Builder builder = new TextRanges.Builder();
        for (int i = 0; i < bounds.length; i += 2) {
            builder.add(bounds[i], bounds[i + 1]);
        }
        return builder.build();
    }

    @Test
    void coversOffsetsInsideRangesOnlyWithEndsExclusive() {
        TextRanges ranges = of(10, 20, 30, 40);
        assertTrue(ranges.covers(10));
        assertTrue(ranges.covers(19));
        assertFalse(ranges.covers(20));
        assertFalse(ranges.covers(9));
        assertFalse(ranges.covers(25));
        assertTrue(ranges.covers(39));
        assertFalse(ranges.covers(40));
    }

    @Test
    void overlapsWhenAnyPartOfTheSpanIsInside() {
        TextRanges ranges = of(10, 20, 30, 40);
        assertTrue(ranges.overlaps(0, 11));
        assertFalse(ranges.overlaps(0, 10));
        assertFalse(ranges.overlaps(20, 30));
        assertTrue(ranges.overlaps(21, 31));
        assertTrue(ranges.overlaps(0, 100));
        assertFalse(ranges.overlaps(40, 100));
    }

    @Test
    void nestedAndOverlappingRangesMerge() {
        TextRanges ranges = of(10, 50, 12, 20, 45, 60, 70, 80);
        assertTrue(ranges.covers(55), "the range starting inside an earlier one extends it");
        assertFalse(ranges.covers(65));
        assertTrue(ranges.covers(75));
    }

    @Test
    void noRangesCoverNothing() {
        assertFalse(of().covers(0));
        assertFalse(of().overlaps(0, Integer.MAX_VALUE));
    }
}
