package com.quotecheck.web;

/**
 * A highlighted range of a longer text with some context either side, cut at word boundaries.
 *
 * @param clippedBefore whether text before {@code before} was left out
 * @param clippedAfter  whether text after {@code after} was left out
 */
public record Excerpt(String before, String highlight, String after, boolean clippedBefore, boolean clippedAfter) {

    public static Excerpt of(String text, int start, int end, int context) {
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && start - from < context + 40) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - end < context + 40) {
            to++;
        }
        return new Excerpt(text.substring(from, start), text.substring(start, end), text.substring(end, to),
                from > 0, to < text.length());
    }
}
