package com.quotecheck.extraction;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/** Sentence and paragraph starts of a text, found by rules in one pass and looked up by binary search. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Lexicon.words(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "adm",
            "prof", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "pres", "atty", "supt", "cmdr", "gens", "reps",
            "sens", "messrs", "del", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "cllr", "insp", "det", "cpl",
            "pct", "dist", "dept", "asst", "lieut", "brig", "maj", "hon", "fr", "gda", "amb", "pfc", "pvt", "spc");

    private final String text;
    private final int[] starts;
    private final int count;
    private final int[] paragraphs;
    private final int paragraphCount;

    Sentences(String text) {
        this.text = text;
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        int[] breaks = new int[16];
        int b = 0;
        breaks[b++] = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            int next = -1;
            if (c == '\n') {
                next = i + 1;
                if (b == breaks.length) {
                    breaks = Arrays.copyOf(breaks, b * 2);
                }
                breaks[b++] = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && endsSentence(i)) {
                // The marks closing a quote belong to the sentence they close: "… long road." Baker said …
                next = pastClosingMarks(i + 1);
                i = next - 1;
            }
            if (next > 0 && next < len) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = next;
            }
        }
        this.starts = found;
        this.count = n;
        this.paragraphs = breaks;
        this.paragraphCount = b;
    }

    /** Start of the sentence holding {@code pos}. */
    int startOf(int pos) {
        int i = Arrays.binarySearch(starts, 0, count, pos);
        return i >= 0 ? starts[i] : starts[Math.max(0, -i - 2)];
    }

    /** Offset where the sentence holding {@code pos} ends (the start of the next one, or the text's end). */
    int endOf(int pos) {
        int i = Arrays.binarySearch(starts, 0, count, pos);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < count ? starts[next] : text.length();
    }

    /** Start of the paragraph holding {@code pos}. */
    int paragraphStart(int pos) {
        int i = Arrays.binarySearch(paragraphs, 0, paragraphCount, pos);
        return i >= 0 ? paragraphs[i] : paragraphs[Math.max(0, -i - 2)];
    }

    /** End of the paragraph holding {@code pos} (its newline, or the text's end). */
    int paragraphEnd(int pos) {
        int i = Arrays.binarySearch(paragraphs, 0, paragraphCount, pos);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < paragraphCount ? paragraphs[next] - 1 : text.length();
    }

    /** Index of the paragraph holding {@code pos}, counting from zero. */
    int paragraphIndex(int pos) {
        int i = Arrays.binarySearch(paragraphs, 0, paragraphCount, pos);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    private int pastClosingMarks(int from) {
        int j = from;
        while (j < text.length() && "\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    /** A stop ends a sentence when closing marks, then space, then a capital, digit or opening mark follow. */
    private boolean endsSentence(int i) {
        if (Words.isRunOnStop(text, i) && !Character.isWhitespace(text.charAt(pastClosingMarks(i + 1)))) {
            return true;
        }
        int len = text.length();
        int j = pastClosingMarks(i + 1);
        if (j >= len) {
            return true;
        }
        // A no-break space (U+00A0) separates sentences as a space does.
        if (!Character.isWhitespace(text.charAt(j)) && !Character.isSpaceChar(text.charAt(j))) {
            return false;
        }
        while (j < len && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j >= len) {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"'\u201C\u2018(\n".indexOf(next) >= 0)) {
            return false;
        }
        return text.charAt(i) != '.' || !isAbbreviation(i) || opensSentence(j);
    }

    /** After "U.S." or "a.m." a capitalized function word ("However", "The") still starts a new sentence. */
    private boolean opensSentence(int j) {
        int k = j;
        while (k < text.length() && k - j < 12 && Character.isLetter(text.charAt(k))) {
            k++;
        }
        // "Rep. A. Donald McEachin": an initial, not the article.
        boolean initial = k == j + 1 && k < text.length() && text.charAt(k) == '.';
        // "at 11:59 p.m. Saturday": a day goes on with the time before it.
        String word = Lexicon.lower(text.substring(j, k));
        return k > j && !initial && Lexicon.NOT_NAMES.contains(word) && !Lexicon.DAYS.contains(word);
    }

    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");

    private boolean isAbbreviation(int dot) {
        int k = dot;
        while (k > 0 && k > dot - 12 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || DOTTED_INITIALS.matcher(word).matches()) {
            // "A. Donald McEachin", "J.B. Bickerstaff", "K.V.S. Satyanarayana": initials.
            return true;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("no")) {
            // "No. 10" abbreviates "number"; "the answer is no. Ruiz …" ends a sentence.
            int next = dot + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            return next < text.length() && Character.isDigit(text.charAt(next));
        }
        return ABBREVIATIONS.contains(lower);
    }
}
