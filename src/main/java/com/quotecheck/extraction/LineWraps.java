package com.quotecheck.extraction;

import java.util.Set;

/**
 * Wire copy and text pasted from PDFs wrap lines at a fixed width, so a line break there is a space, not a paragraph:
 * the line stops mid-sentence and the next one goes on in lower case, or a double quote is still open. Replacing those
 * breaks by spaces keeps every offset.
 */
final class LineWraps {

    private LineWraps() {
    }

    /** {@code text} with its wrapping line breaks read as spaces; the same string when it has none. */
    static String unwrapped(String text) {
        char[] chars = null;
        int doubleMarks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDoubleMark(c)) {
                doubleMarks++;
            }
            if (c != '\n') {
                continue;
            }
            if (wraps(text, i, doubleMarks % 2 == 1)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            } else {
                doubleMarks = 0;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean wraps(String text, int i, boolean quoteOpen) {
        int last = i - 1;
        while (last >= 0 && (text.charAt(last) == ' ' || text.charAt(last) == '\t' || text.charAt(last) == '\r')) {
            last--;
        }
        if (last < 0 || i + 1 >= text.length()) {
            return false;
        }
        char end = text.charAt(last);
        char next = text.charAt(i + 1);
        boolean midSentence = Character.isLetterOrDigit(end) || end == ',';
        // "Mirza Fakhrul said,¶“The party will …”": the cue's comma, then its quote on the next line.
        boolean cueThenQuote = end == ',' && !quoteOpen && OPENING_MARKS.indexOf(next) >= 0;
        return cueThenQuote || midSentence && (Character.isLowerCase(next) || (quoteOpen
                || endsWithFunctionWord(text, last)) && Character.isLetterOrDigit(next));
    }

    /** "… between 50 and¶60 people": a line that stops on a word no sentence ends with. */
    private static boolean endsWithFunctionWord(String text, int last) {
        int start = last;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return FUNCTION_WORDS.contains(text.substring(start, last + 1));
    }

    private static final Set<String> FUNCTION_WORDS = Lexicon.words("and", "or", "but", "the", "a", "an", "of", "to",
            "in", "on", "at", "for", "by", "with", "from", "between", "than", "that", "is", "are", "was", "were", "be",
            "has", "have", "had", "will", "would", "said", "says");

    private static final String OPENING_MARKS = "\"'\u201C\u2018\u00AB";

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }
}
