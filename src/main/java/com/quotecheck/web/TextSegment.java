package com.quotecheck.web;

import com.quotecheck.review.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A run of article text with the quote that covers it (the innermost one where quotes overlap), for highlighting.
 * The segments of a text concatenate back to exactly that text, so offsets taken in the page match the stored ones.
 */
public record TextSegment(String text, Quote quote) {

    public static List<TextSegment> split(String text, List<Quote> quotes) {
        List<Quote> byStart = quotes.stream()
                .filter(q -> q.start >= 0 && q.end <= text.length() && q.start < q.end)
                .sorted(Comparator.comparingInt((Quote q) -> q.start))
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Quote quote : byStart) {
            cuts.add(quote.start);
            cuts.add(quote.end);
        }
        List<TextSegment> segments = new ArrayList<>(cuts.size());
        List<Quote> open = new ArrayList<>();
        int next = 0;
        int from = cuts.pollFirst();
        for (int to : cuts) {
            while (next < byStart.size() && byStart.get(next).start <= from) {
                open.add(byStart.get(next++));
            }
            final int segmentStart = from;
            open.removeIf(q -> q.end <= segmentStart);
            Quote innermost = open.stream().min(Comparator.comparingInt(q -> q.end - q.start)).orElse(null);
            segments.add(new TextSegment(text.substring(from, to), innermost));
            from = to;
        }
        return segments;
    }
}
