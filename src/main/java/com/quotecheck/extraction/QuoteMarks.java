package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.List;

/** Pairs quote marks into spans in one linear pass, telling quote marks from apostrophes by their neighbours. */
final class QuoteMarks {

    private enum Family { CURLY, STRAIGHT, SINGLE }

    private enum Dir { OPEN, CLOSE, EITHER }

    private record Mark(int pos, int length, Family family, Dir dir) {
    }

    private static final int MAX_SINGLE_WORDS = 60;

    private QuoteMarks() {
    }

    /** Finds the quote spans of {@code text}, sorted by start; single-quoted spans nested in double quotes are left out. */
    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int paragraphStart = 0;
        int n = text.length();
        // Whether a double [0] or single [1] quote is carried over the last paragraph break (the reopened paragraph
        // continues it).
        boolean[] carried = new boolean[2];
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                pairParagraph(text, marks, paragraphStart, i, carried, spans);
                marks.clear();
                paragraphStart = i + 1;
                continue;
            }
            if (text.charAt(i) == '"' && i > 0 && text.charAt(i - 1) == '=') {
                // Leftover markup (tweet-date="…"): an attribute value, not a quote.
                int close = attributeEnd(text, i + 1);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            Mark mark = markAt(text, i);
            if (mark != null) {
                marks.add(mark);
                i += mark.length() - 1;
            }
        }
        // A nickname inside a name (Marcia "Cia" Price) is part of the name, not a quote.
        spans.removeIf(s -> Words.nicknameEnd(text, s.open()) == s.after());
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return spans;
    }

    /** Offset of the straight mark closing a markup attribute value, or -1 when the paragraph ends first. */
    private static int attributeEnd(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                return k;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static Mark markAt(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB':
                return new Mark(i, 1, Family.CURLY, contextDir(text, i, 1, Dir.OPEN));
            case '\u201D', '\u00BB':
                return new Mark(i, 1, Family.CURLY, contextDir(text, i, 1, Dir.CLOSE));
            case '"':
                return new Mark(i, 1, Family.STRAIGHT, contextDir(text, i, 1, Dir.EITHER));
            case '`':
                if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    return new Mark(i, 2, Family.STRAIGHT, Dir.OPEN);
                }
                return null;
            case '\'':
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    return new Mark(i, 2, Family.STRAIGHT, contextDir(text, i, 2, Dir.EITHER));
                }
                return singleMark(text, i);
            case '\u2018', '\u2019':
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (next == '\u2019' || c == '\u2018' && next == '\u2018') {
                    // “shoulder to shoulder’’, ‘’This takes …’’: doubled single glyphs stand for the double mark.
                    return new Mark(i, 2, Family.CURLY, contextDir(text, i, 2, c == '\u2018' ? Dir.OPEN : Dir.CLOSE));
                }
                return singleMark(text, i);
            case '\u201A':
                return singleMark(text, i);
            default:
                return null;
        }
    }

    /** A single mark between letters is an apostrophe ({@code China’s}); one before a digit elides a year ({@code ’90s}). */
    private static Mark singleMark(String text, int i) {
        boolean left = leftFlank(text, i);
        boolean right = rightFlank(text, i + 1);
        char after = i + 2 < text.length() && text.charAt(i + 1) == ' ' ? text.charAt(i + 2) : 0;
        if (left && right && text.charAt(i) == '\u2018' && Character.isUpperCase(after)) {
            // "‘ The high percentage …’": an opening glyph with a stray space after it.
            return new Mark(i, 1, Family.SINGLE, Dir.OPEN);
        }
        if (!left && !right && i > 0 && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ':')
                && Character.isUpperCase(text.charAt(i + 1))) {
            // "Mr Oh said,'We had …'": the space after the comma left out.
            return new Mark(i, 1, Family.SINGLE, Dir.OPEN);
        }
        if (left && !right) {
            char next = text.charAt(i + 1);
            if (Character.isDigit(next)) {
                return null;
            }
            return new Mark(i, 1, Family.SINGLE, Dir.OPEN);
        }
        if (right && !left) {
            char prev = text.charAt(i - 1);
            // "the countries’ relations": a plural possessive looks like a closing mark; pairing decides later.
            return Character.isLetterOrDigit(prev) || isPunct(prev) ? new Mark(i, 1, Family.SINGLE, Dir.CLOSE) : null;
        }
        return null;
    }

    /** Writers and converters misuse curly glyphs ({@code percent.“}), so whitespace around a mark outranks its shape. */
    private static Dir contextDir(String text, int i, int len, Dir glyph) {
        boolean left = leftFlank(text, i);
        boolean right = rightFlank(text, i + len);
        if (left && !right) {
            return Dir.OPEN;
        }
        if (right && !left) {
            return Dir.CLOSE;
        }
        return glyph;
    }

    private static boolean leftFlank(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || Character.isSpaceChar(p) || "([{\u2014\u2013\u2015-/:".indexOf(p) >= 0
                || p == '\u201C' || p == '\u2018' || p == '"';
    }

    private static boolean rightFlank(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isPunct(c)
                || c == '\u201D' || c == '\u2019' || c == '"' || c == '\u2015' || c == '\u2014' || c == '\u2013';
    }

    private static boolean isPunct(char c) {
        return ".,;:!?)]}\u2026".indexOf(c) >= 0;
    }

    private static void pairParagraph(String text, List<Mark> marks, int from, int to, boolean[] carried,
            List<QuoteSpan> spans) {
        if (marks.isEmpty() && isBlank(text, from, to)) {
            // The blank line between paragraphs keeps a quote carried over it.
            return;
        }
        int firstSpan = spans.size();
        pairDoubles(text, marks, from, to, carried, spans);
        pairSingles(text, marks, spans, firstSpan, from, to, carried);
    }

    /**
     * Pairs double marks of both families in one stream: a closing mark closes the innermost open quote whatever
     * its glyph (writers mix {@code "} and {@code ”}), and an opening mark of the other family nests inside.
     */
    private static void pairDoubles(String text, List<Mark> marks, int from, int to, boolean[] carried,
            List<QuoteSpan> spans) {
        Mark outer = null;
        Mark inner = null;
        Mark first = null;
        boolean continued = false;
        for (Mark m : marks) {
            if (m.family() == Family.SINGLE) {
                continue;
            }
            if (first == null) {
                first = m;
                continued = carried[0] && m.dir() != Dir.CLOSE && text.substring(from, m.pos()).isBlank();
                if (carried[0] && m.dir() == Dir.CLOSE) {
                    // "“Not investigating. …¶As far as I’m concerned … I’m very much in charge.”": the paragraph goes
                    // on with the quote carried over without reopening its mark.
                    int start = from;
                    while (start < m.pos() && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    spans.add(new QuoteSpan(start, start, m.pos(), m.pos() + m.length(), true, false));
                    continue;
                }
            }
            Mark top = inner != null ? inner : outer;
            boolean closes = m.dir() == Dir.CLOSE || m.dir() == Dir.EITHER && top != null && top.family() == m.family()
                    || misplacedClose(text, m, top);
            if (top == null) {
                if (m.dir() != Dir.CLOSE) {
                    outer = m;
                }
            } else if (closes) {
                spans.add(span(top, m.pos(), m.pos() + m.length(), continued && top == first, false));
                if (inner != null) {
                    inner = null;
                } else {
                    outer = null;
                }
            } else if (inner == null && m.family() != outer.family()) {
                inner = m;
            } else {
                // A second opening mark of the same kind before any closing one: the open quote was never closed.
                addUnclosed(text, spans, top, m.pos(), continued && top == first, false);
                if (inner != null) {
                    inner = m;
                } else {
                    outer = m;
                }
            }
        }
        carried[0] = false;
        if (inner != null) {
            addUnclosed(text, spans, inner, to, false, false);
        }
        if (outer != null) {
            boolean runsOn = reopensNextParagraph(text, to);
            addUnclosed(text, spans, outer, to, continued && outer == first, runsOn);
            carried[0] = runsOn;
        }
    }

    /**
     * "“We will bear the unbearable, "said Scott.": a straight mark after a comma and its space, before a lower-case
     * word, while a quote of its family is open, closes it with the space on the wrong side.
     */
    private static boolean misplacedClose(String text, Mark m, Mark top) {
        int i = m.pos();
        return top != null && top.family() == m.family() && m.family() == Family.STRAIGHT && m.dir() == Dir.OPEN
                && i >= 2 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ','
                && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }

    private static boolean reopensNextParagraph(String text, int paragraphEnd) {
        Mark m = nextParagraphMark(text, paragraphEnd);
        return m != null && m.family() != Family.SINGLE && m.dir() != Dir.CLOSE
                || closesInNextParagraph(text, paragraphEnd);
    }

    /** Whether the next paragraph's first double mark is a curly closing one: the open quote ends there. */
    private static boolean closesInNextParagraph(String text, int paragraphEnd) {
        int i = paragraphEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (int k = i; k < text.length() && text.charAt(k) != '\n' && k - i <= MAX_CARRIED_PARAGRAPH_CHARS; k++) {
            if (DOUBLE_MARK_CHARS.indexOf(text.charAt(k)) < 0) {
                continue;
            }
            Mark m = markAt(text, k);
            if (m != null && m.family() != Family.SINGLE) {
                return m.family() == Family.CURLY && m.dir() == Dir.CLOSE;
            }
        }
        return false;
    }

    /** Characters that may be, or begin, a double mark. */
    private static final String DOUBLE_MARK_CHARS = "\u201C\u201D\u201E\u201F\u00AB\u00BB\"`'";

    /** Longest paragraph read for the mark closing a quote carried into it without reopening. */
    private static final int MAX_CARRIED_PARAGRAPH_CHARS = 2_000;

    /** The mark opening the next paragraph, or null. */
    private static Mark nextParagraphMark(String text, int paragraphEnd) {
        int i = paragraphEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || i - paragraphEnd > 400 ? null : markAt(text, i);
    }

    private static void addUnclosed(String text, List<QuoteSpan> spans, Mark open, int limit, boolean continued,
            boolean continues) {
        int end = limit;
        int start = open.pos() + open.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new QuoteSpan(open.pos(), start, end, -1, continued, continues));
        }
    }

    private static QuoteSpan span(Mark open, int end, int close, boolean continued, boolean continues) {
        return new QuoteSpan(open.pos(), open.pos() + open.length(), end, close, continued, continues);
    }

    /**
     * Single-quoted spans count only outside double quotes, and only when a closing mark follows in the paragraph or
     * the quote opens after a colon or the paragraph's start and the next paragraph reopens it ("She said: ‘…¶‘…’").
     */
    private static void pairSingles(String text, List<Mark> marks, List<QuoteSpan> spans, int firstSpan, int from,
            int to, boolean[] carried) {
        // Built at the first single mark: most paragraphs have none.
        int[] cover = null;
        boolean continued = carried[1];
        carried[1] = false;
        Mark open = null;
        int words = 0;
        int lastPos = -1;
        for (int k = 0; k < marks.size(); k++) {
            Mark m = marks.get(k);
            if (m.family() != Family.SINGLE) {
                continue;
            }
            if (cover == null) {
                cover = doubleCover(spans, firstSpan, from, to);
            }
            if (cover[m.pos() - from] > 0) {
                open = null;
                continue;
            }
            if (open != null) {
                words += countWords(text, lastPos, m.pos());
                lastPos = m.pos();
                if (words > MAX_SINGLE_WORDS) {
                    open = null;
                }
            }
            if (open == null) {
                if (m.dir() == Dir.OPEN) {
                    open = m;
                    words = 0;
                    lastPos = m.pos();
                }
            } else if (m.dir() == Dir.CLOSE && !pluralPossessive(text, marks, k, cover, from)) {
                if (m.pos() > open.pos() + 1) {
                    spans.add(span(open, m.pos(), m.pos() + m.length(), continued && opensParagraph(text, from, open),
                            false));
                }
                open = null;
            }
        }
        Mark next = open == null ? null : nextParagraphMark(text, to);
        if (next != null && next.family() == Family.SINGLE && next.dir() == Dir.OPEN
                && (opensParagraph(text, from, open) || followsColon(text, open.pos()))) {
            addUnclosed(text, spans, open, to, continued && opensParagraph(text, from, open), true);
            carried[1] = true;
        }
    }

    private static boolean opensParagraph(String text, int paragraphStart, Mark m) {
        return text.substring(paragraphStart, m.pos()).isBlank();
    }

    private static boolean followsColon(String text, int pos) {
        int k = pos - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }

    private static final int MAX_POSSESSIVE_LOOKAHEAD = 64;

    /**
     * "'It's the councils' fault,' she said": a closing-looking mark after an s is a plural possessive when the next
     * single mark of the paragraph closes too.
     */
    private static boolean pluralPossessive(String text, List<Mark> marks, int k, int[] cover, int from) {
        char before = text.charAt(marks.get(k).pos() - 1);
        if (before != 's' && before != 'S') {
            return false;
        }
        // A bounded look keeps pairing linear when many marks inside double quotes follow.
        for (int j = k + 1; j < marks.size() && j <= k + MAX_POSSESSIVE_LOOKAHEAD; j++) {
            Mark next = marks.get(j);
            if (next.family() == Family.SINGLE && cover[next.pos() - from] == 0) {
                return next.dir() == Dir.CLOSE;
            }
        }
        return false;
    }

    /** How many double-quoted spans cover each offset of the paragraph, by a running sum over their bounds. */
    private static int[] doubleCover(List<QuoteSpan> spans, int firstSpan, int from, int to) {
        int[] cover = new int[to - from + 1];
        for (int i = firstSpan; i < spans.size(); i++) {
            QuoteSpan s = spans.get(i);
            cover[s.open() - from]++;
            cover[Math.min(s.after(), to) - from]--;
        }
        for (int i = 1; i < cover.length; i++) {
            cover[i] += cover[i - 1];
        }
        return cover;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int countWords(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
