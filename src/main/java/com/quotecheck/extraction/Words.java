package com.quotecheck.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The word and punctuation tokens of one bounded stretch of text, with their offsets. */
final class Words {

    /** What follows the apostrophe of a pronoun's contraction. */
    private static final Set<String> CONTRACTED = Lexicon.words("s", "re", "ve", "ll", "d", "m");

    private static final byte PUNCTUATION = 0;
    private static final byte WORD = 1;
    /** A word starting with a capital, or a particle joined to a capitalized name. */
    private static final byte CAPITALIZED = 2;

    /** Longest of the title function words ("with", "from"). */
    private static final int MAX_FUNCTION_WORD_CHARS = 4;

    /** Longest quoted nickname ("Cia", "Buddy"). */
    private static final int MAX_NICKNAME_CHARS = 16;

    private final String text;
    private int[] starts;
    private int[] ends;
    /** Each token's kind ({@link #PUNCTUATION}, {@link #WORD}, {@link #CAPITALIZED}): asked many times per token. */
    private byte[] kinds;
    private int size;
    /** Lower-cased tokens, filled on first use: the parsers ask for the same token many times. */
    private String[] lowers;

    /** Tokenizes {@code text[from, to)}: words keep inner dots, hyphens, slashes and apostrophes ("U.S.", "9/11", "China’s"). */
    Words(String text, int from, int to) {
        this.text = text;
        // About one token per five characters; most phrases read are short.
        int capacity = Math.max(0, to - from) / 5 + 4;
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new byte[capacity];
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || c == '%' || c == '$') {
                int j = i + 1;
                boolean apostrophe = false;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isLetterOrDigit(d) || d == '%' || isAccent(d) || isMojibake(text, j, to)) {
                        j++;
                    } else if ((d == '.' && !isRunOnStop(text, j) || d == '-' || d == '\'' || d == '\u2019'
                            || d == '\u2018' || d == '&' || d == '/') && j + 1 < to
                            && Character.isLetterOrDigit(text.charAt(j + 1))
                            || d == ',' && j + 1 < to && Character.isDigit(text.charAt(j - 1))
                            && Character.isDigit(text.charAt(j + 1))) {
                        // "300,000" is one word.
                        // A left mark between letters is a mistyped apostrophe ("the Washington Post‘s Robert Costa").
                        apostrophe |= d == '\'' || d == '\u2019';
                        j += 2;
                    } else {
                        if (isPluralPossessive(text, i, j, to)) {
                            // "Flowers’ personal assistant", "Fox News' Chris Wallace": the mark is the word's.
                            j++;
                        }
                        break;
                    }
                }
                // Keep the dot of an abbreviation or initial ("Mr.", "J.", "U.S.") with its word.
                if (j < to && text.charAt(j) == '.' && isAbbreviated(i, j)) {
                    j++;
                }
                int contraction = apostrophe ? contractionStart(i, j) : -1;
                if (contraction > 0) {
                    // "He’s claiming": the pronoun is the subject, the rest its auxiliary.
                    add(i, contraction);
                    add(contraction, j);
                } else {
                    add(i, j);
                }
                i = j;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                int nickname = nicknameEnd(text, i);
                int ticker = c == '(' ? tickerEnd(text, i, to) : -1;
                if (nickname > 0 && nickname <= to) {
                    // Marcia "Cia" Price reads as the name Marcia Price.
                    i = nickname;
                } else if (ticker > 0) {
                    // "Wells Fargo (NYSE:WFC) analyst Steven Cahall": a firm's stock symbol is no word of the phrase.
                    i = ticker;
                } else {
                    add(i, i + 1);
                    i++;
                }
            }
        }
    }

    /** Most letters of a stock exchange's or a stock's symbol ("NASDAQ", "BRK.B"). */
    private static final int MAX_SYMBOL_CHARS = 8;

    /**
     * After a stock symbol in brackets opening at {@code open} ("(NYSE:WFC)", "(NASDAQ: AAPL)"); else -1: capitals, a
     * colon, capitals or dots.
     */
    private static int tickerEnd(String text, int open, int to) {
        int colon = open + 1;
        while (colon < to && colon - open <= MAX_SYMBOL_CHARS && Character.isUpperCase(text.charAt(colon))) {
            colon++;
        }
        if (colon == open + 1 || colon >= to || text.charAt(colon) != ':') {
            return -1;
        }
        int symbol = colon + 1 < to && text.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
        int close = symbol;
        while (close < to && close - symbol < MAX_SYMBOL_CHARS
                && (Character.isUpperCase(text.charAt(close)) || text.charAt(close) == '.')) {
            close++;
        }
        return close > symbol && close < to && text.charAt(close) == ')' ? close + 1 : -1;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII: most of what is read. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** An apostrophe at {@code j} after a word of {@code [i, j)} ending in s, with another word after it. */
    private static boolean isPluralPossessive(String text, int i, int j, int to) {
        char d = text.charAt(j);
        char last = text.charAt(j - 1);
        return (d == '\'' || d == '\u2019') && j - i > 1 && (last == 's' || last == 'S') && j + 2 < to
                && text.charAt(j + 1) == ' ' && Character.isLetter(text.charAt(j + 2));
    }

    /** A combining accent of decomposed text ("Jose\u0301"): part of the word it follows. */
    private static boolean isAccent(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * A character of UTF-8 read as Latin-1 inside a word ("FranÃ§ois", "RenÃ©"): the bytes 0x80–0xBF became controls
     * and symbols, which would otherwise cut a name in two. It follows the lead byte's Ã or Â (maybe decomposed) or
     * sits between letters; no-break space and guillemets keep their role.
     */
    private static boolean isMojibake(String text, int j, int to) {
        char c = text.charAt(j);
        if (c < '\u0080' || c > '\u00BF' || c == '\u00A0' || c == '\u00AB' || c == '\u00BB') {
            return false;
        }
        char before = text.charAt(j - 1);
        return before == '\u00C3' || before == '\u00C2' || isAccent(before)
                || j + 1 < to && Character.isLetter(text.charAt(j + 1));
    }

    /**
     * Offset past a nickname quoted inside a name (Marcia "Cia" Price) whose opening mark is at {@code i}, else -1:
     * one capitalized word between marks, a capitalized word right before it and right after it.
     */
    static int nicknameEnd(String text, int i) {
        int n = text.length();
        if (i < 2 || !isNicknameMark(text.charAt(i)) || text.charAt(i - 1) != ' '
                || !Character.isLetter(text.charAt(i - 2))) {
            return -1;
        }
        int start = i + 1;
        int j = start;
        // "Dwayne “The Rock” Johnson": capitalized words joined by single spaces.
        while (j < n && j - start <= MAX_NICKNAME_CHARS && (Character.isLetter(text.charAt(j))
                || text.charAt(j) == ' ' && j + 1 < n && Character.isUpperCase(text.charAt(j + 1)))) {
            j++;
        }
        int close = j + 1;
        if (j == start || j >= n || j - start > MAX_NICKNAME_CHARS || !Character.isUpperCase(text.charAt(start))
                || !isNicknameMark(text.charAt(j)) || close + 1 >= n || text.charAt(close) != ' '
                || !Character.isUpperCase(text.charAt(close + 1))) {
            return -1;
        }
        int word = i - 2;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        if (text.substring(start, j).indexOf(' ') > 0) {
            // "Trump ‘The Dealmaker’ Could Address": in a title-case headline, words in marks are a title.
            int after = close + 1;
            while (after < n && Character.isLetter(text.charAt(after))) {
                after++;
            }
            if (after + 1 < n && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1))) {
                return -1;
            }
        }
        return Character.isUpperCase(text.charAt(word)) ? close : -1;
    }

    private static boolean isNicknameMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }

    /** Offset of the apostrophe in a pronoun's contraction ("he’s", "they're", "I'm"), else -1. */
    private int contractionStart(int from, int to) {
        for (int k = from + 1; k < to - 1 && k - from <= 4; k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '\u2019') {
                String pronoun = text.substring(from, k).toLowerCase(Locale.ROOT);
                String rest = text.substring(k + 1, to).toLowerCase(Locale.ROOT);
                return Lexicon.PRONOUNS.contains(pronoun) && CONTRACTED.contains(rest) ? k : -1;
            }
        }
        return -1;
    }

    private boolean isAbbreviated(int from, int dot) {
        int length = dot - from;
        if (length == 1) {
            return Character.isUpperCase(text.charAt(from));
        }
        if (text.indexOf('.', from) < dot) {
            return true;
        }
        return length <= 4 && Lexicon.ABBREVIATED_WORDS.contains(text.substring(from, dot).toLowerCase(Locale.ROOT));
    }

    private void add(int s, int e) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = s;
        ends[size] = e;
        char first = text.charAt(s);
        kinds[size] = !Character.isLetterOrDigit(first) ? PUNCTUATION
                : Character.isUpperCase(first) || isParticleName(text, s, e) ? CAPITALIZED : WORD;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    String lower(int i) {
        if (lowers == null) {
            lowers = new String[size];
        }
        String lower = lowers[i];
        if (lower == null) {
            String word = text(i);
            lower = word.toLowerCase(Locale.ROOT);
            // toLowerCase returns the word itself when it has no capitals, and so spells no acronym.
            String spelled = lower == word ? null : Lexicon.SPELLED_ACRONYMS.get(lower);
            if (spelled != null && word.equals(word.toUpperCase(Locale.ROOT))) {
                // "The WHO chief said", "The US said": the acronym, not the pronoun it spells.
                lower = spelled;
            }
            lowers[i] = lower;
        }
        return lower;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] != PUNCTUATION;
    }

    boolean is(int i, String s) {
        return i >= 0 && i < size && ends[i] - starts[i] == s.length()
                && text.regionMatches(true, starts[i], s, 0, s.length());
    }

    /** A capitalized word: a name, a title or the first word of a sentence; "al-Resheq" too. */
    boolean isCapitalized(int i) {
        return i >= 0 && i < size && kinds[i] == CAPITALIZED;
    }

    /** "al-Resheq", "el-Sisi", "bin-Salman": a lower-case particle joined by a hyphen to a capitalized name. */
    static boolean isParticleName(String text, int start, int end) {
        int hyphen = start + 1;
        while (hyphen < end && hyphen < start + 4 && Character.isLowerCase(text.charAt(hyphen))) {
            hyphen++;
        }
        return hyphen + 1 < end && text.charAt(hyphen) == '-' && Character.isUpperCase(text.charAt(hyphen + 1))
                && Lexicon.HYPHENED_PARTICLES.contains(text.substring(start, hyphen));
    }

    /** Whether every word of three or more letters but title function words is capitalized ("Legend in the Coal"). */
    static boolean isTitleCase(String text, int start, int end) {
        int words = 0;
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || isAccent(text.charAt(j)))) {
                j++;
            }
            char first = text.charAt(i);
            // Title case leaves short function words in lower case ("Legend in the Coal Fields"); a lower-case word
            // of any other kind settles it at once.
            if (j - i >= 3 && !Character.isDigit(first) && (j - i > MAX_FUNCTION_WORD_CHARS
                    || !Lexicon.TITLE_FUNCTION_WORDS.contains(Lexicon.lower(text.substring(i, j))))) {
                if (!Character.isUpperCase(first)) {
                    return false;
                }
                words++;
            }
            i = j;
        }
        return words > 1;
    }

    /**
     * "he said.Asked about …", "six people died.Dr Ruiz …": a full stop between a lower-case word and a capitalized
     * one with no space after it ends a sentence, where "U.S.Army" or "e.g." end none.
     */
    static boolean isRunOnStop(String text, int dot) {
        if (dot >= text.length() || text.charAt(dot) != '.') {
            return false;
        }
        // "… on fire".The …", "… day.”The …": closing marks on either side of the stop.
        int before = dot;
        while (before > 0 && CLOSING_MARKS.indexOf(text.charAt(before - 1)) >= 0) {
            before--;
        }
        int after = dot + 1;
        while (after < text.length() && CLOSING_MARKS.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return before >= 2 && after + 1 < text.length() && Character.isLowerCase(text.charAt(before - 1))
                && Character.isLowerCase(text.charAt(before - 2)) && Character.isUpperCase(text.charAt(after))
                && Character.isLowerCase(text.charAt(after + 1));
    }

    private static final String CLOSING_MARKS = "\"'\u201D\u2019)";

    /** The tokens {@code [from, to)} as words of their own. */
    Words sub(int from, int to) {
        String phrase = span(from, to);
        return new Words(phrase, 0, phrase.length());
    }

    /** Index of the first token starting at or after {@code offset}; {@link #size()} when none does. */
    int firstFrom(int offset) {
        int index = Arrays.binarySearch(starts, 0, size, offset);
        return index >= 0 ? index : -index - 1;
    }

    /** Index after the run of word tokens starting at {@code from}, at most {@code max} of them. */
    int wordRunEnd(int from, int max) {
        int end = from;
        while (end < size && end < from + max && isWord(end)) {
            end++;
        }
        return end;
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
    String span(int from, int to) {
        return from < to ? text.substring(starts[from], ends[to - 1]) : "";
    }
}
