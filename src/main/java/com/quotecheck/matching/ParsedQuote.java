package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote split into the words to align and the editorial marks between them.
 *
 * @param text    the quote as written
 * @param words   the words outside brackets and ellipses, with offsets into {@code text}
 * @param markers the ellipses and brackets, in quote order
 */
record ParsedQuote(String text, Words words, List<Marker> markers) {

    private static final Pattern MARK = Pattern.compile(
            "[\\[(]\\s*(?:…|\\.\\s?\\.\\s?\\.)\\s*[\\])]"
                    + "|…+|\\.\\s?\\.\\s?\\.(?:\\s?\\.)*"
                    + "|\\[[^\\[\\]]*]");

    static ParsedQuote parse(String quote) {
        List<String> norms = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        Matcher m = MARK.matcher(quote);
        int segmentStart = 0;
        while (m.find()) {
            boolean bracket = m.group().startsWith("[") && !isEllipsisInBrackets(m.group());
            if (bracket && isGlued(quote, m.start(), m.end())) {
                continue;
            }
            addWords(quote, segmentStart, m.start(), norms, spans);
            String[] inner = bracket
                    ? WordTokenizer.tokenize(quote, m.start() + 1, m.end() - 1, false).norms()
                    : new String[0];
            markers.add(new Marker(!bracket, norms.size(), m.start(), m.end(), inner));
            segmentStart = m.end();
        }
        addWords(quote, segmentStart, quote.length(), norms, spans);
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
        }
        return new ParsedQuote(quote, new Words(norms.toArray(String[]::new), starts, ends), List.copyOf(markers));
    }

    private static boolean isEllipsisInBrackets(String mark) {
        String inner = mark.substring(1, mark.length() - 1).replaceAll("\\s", "");
        return inner.equals("…") || inner.equals("...");
    }

    /** A bracket touching a letter changes a word's case or ending ({@code [t]he}), it inserts nothing. */
    private static boolean isGlued(String quote, int start, int end) {
        return (start > 0 && Character.isLetterOrDigit(quote.charAt(start - 1)))
                || (end < quote.length() && Character.isLetterOrDigit(quote.charAt(end)));
    }

    private static void addWords(String quote, int from, int to, List<String> norms, List<int[]> spans) {
        Words w = WordTokenizer.tokenize(quote, from, to, true);
        for (int k = 0; k < w.size(); k++) {
            norms.add(w.norms()[k]);
            spans.add(new int[] {w.starts()[k], w.ends()[k]});
        }
    }
}
