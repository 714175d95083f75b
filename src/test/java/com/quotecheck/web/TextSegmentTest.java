package com.quotecheck.web;

import com.quotecheck.review.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextSegmentTest {

    private static Quote quote(int start, int end) {
        Quote quote = new Quote();
        quote.start = start;
        quote.end = end;
        return quote;
    }

    @Test
    void segmentsJoinBackToTheTextAndMarkTheInnermostQuote() {
        String text = "0123456789abcdef";
        Quote outer = quote(2, 12);
        Quote inner = quote(5, 8);
        List<TextSegment> segments = TextSegment.split(text, List.of(outer, inner));
        assertEquals(text, segments.stream().map(TextSegment::text).collect(Collectors.joining()));
        assertEquals(List.of("01", "234", "567", "89ab", "cdef"), segments.stream().map(TextSegment::text).toList());
        assertNull(segments.get(0).quote());
        assertSame(outer, segments.get(1).quote());
        assertSame(inner, segments.get(2).quote());
        assertSame(outer, segments.get(3).quote());
        assertNull(segments.get(4).quote());
    }

    @Test
    void ignoresQuotesOutsideTheText() {
        List<TextSegment> segments = TextSegment.split("short", List.of(quote(2, 50)));
        assertEquals(List.of("short"), segments.stream().map(TextSegment::text).toList());
    }
}
