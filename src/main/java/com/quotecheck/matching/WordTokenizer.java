package com.quotecheck.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Splits text into normalized words that keep their offsets into the original text. */
final class WordTokenizer {

    private WordTokenizer() {
    }

    static Words tokenize(String text) {
        return tokenize(text, 0, text.length(), false);
    }

    /**
     * Tokenizes {@code text[from, to)}. With {@code bracketsInWords}, a bracket touching a letter is part of
     * the word and dropped from its normal form, so an editor's case change like {@code [t]he} reads "the".
     */
    static Words tokenize(String text, int from, int to, boolean bracketsInWords) {
        Builder out = new Builder(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !(bracketsInWords && isGluedBracket(text, i, from, to))) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (i < to) {
                cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                if (isWordPart(cp) || (bracketsInWords && isGluedBracket(text, i, from, to))) {
                    i += len;
                    end = i;
                } else if (end == i && isJoiner(text, i, to)) {
                    i += len;
                } else {
                    break;
                }
            }
            i = Math.max(i, end);
            emit(text, start, end, out);
        }
        return out.build();
    }

    /** The normal form of a single word as written, or "" when it holds no letters or digits. */
    static String normalizeWord(String raw) {
        boolean ascii = true;
        for (int k = 0; k < raw.length(); k++) {
            if (raw.charAt(k) > 0x7F) {
                ascii = false;
                break;
            }
        }
        String s = ascii ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isApostrophe(c)) {
                b.append('\'');
            } else if (c == ',' || c == '[' || c == ']' || Character.getType(c) == Character.FORMAT) {
                // digit group separators, editorial case brackets and invisible format characters carry no word
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** A period, apostrophe or digit-group comma joins two word parts: U.S, China's, 1,000. */
    private static boolean isJoiner(String text, int i, int to) {
        char c = text.charAt(i);
        if (i + 1 >= to || i == 0) {
            return false;
        }
        char next = text.charAt(i + 1);
        char prev = text.charAt(i - 1);
        if (c == '.') {
            return Character.isLetterOrDigit(next);
        }
        if (c == ',') {
            return Character.isDigit(prev) && Character.isDigit(next);
        }
        return isApostrophe(c) && Character.isLetter(next);
    }

    private static boolean isGluedBracket(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c != '[' && c != ']') {
            return false;
        }
        boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        return letterBefore || letterAfter;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '＇' || c == '`' || c == '´' || c == '′';
    }

    /**
     * Emits one raw token. Periods inside it either join an abbreviation of single letters (U.S → us,
     * P.R.C → prc), belong to a number (3.5), or separate words that lost their space (end.Next).
     */
    private static void emit(String text, int start, int end, Builder out) {
        int dot = text.indexOf('.', start);
        if (dot < 0 || dot >= end) {
            out.add(normalizeWord(text.substring(start, end)), start, end);
            return;
        }
        boolean allSingleLetters = true;
        boolean allDigits = true;
        int partStart = start;
        for (int k = start; k <= end; k++) {
            if (k == end || text.charAt(k) == '.') {
                String part = text.substring(partStart, k);
                allSingleLetters &= part.codePointCount(0, part.length()) == 1 && Character.isLetter(part.codePointAt(0));
                allDigits &= !part.isEmpty() && part.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',');
                partStart = k + 1;
            }
        }
        if (allSingleLetters || allDigits) {
            String norm = normalizeWord(text.substring(start, end));
            out.add(allSingleLetters ? norm.replace(".", "") : norm, start, end);
            return;
        }
        partStart = start;
        for (int k = start; k <= end; k++) {
            if (k == end || text.charAt(k) == '.') {
                if (k > partStart) {
                    out.add(normalizeWord(text.substring(partStart, k)), partStart, k);
                }
                partStart = k + 1;
            }
        }
    }

    /** Growable parallel arrays, so a 10 MB text costs no per-word objects beyond its strings. */
    private static final class Builder {
        private String[] norms;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int capacity) {
            norms = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(String norm, int start, int end) {
            if (norm.isEmpty()) {
                return;
            }
            if (size == norms.length) {
                int cap = size * 2;
                norms = Arrays.copyOf(norms, cap);
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
            }
            norms[size] = norm;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        Words build() {
            return new Words(Arrays.copyOf(norms, size), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
        }
    }
}
