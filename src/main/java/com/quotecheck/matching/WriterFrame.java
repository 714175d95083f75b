package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Recognizes the writer's own words at a quote's edges ("Indeed, …", "…, he said"): the aligner would pair them
 * with the neighbouring source words, which widens the passage and reports a replacement nobody made.
 */
final class WriterFrame {

    /** Punctuation in the quote that sets an edge word off from the quoted words. */
    private static final Pattern QUOTE_BREAK = Pattern.compile("[,;:()\"“”—–]|\\s-\\s|[.!?]\\s");
    /** A sentence or paragraph end in the source between the paired edge word and the matched passage. */
    private static final Pattern SOURCE_BREAK = Pattern.compile("[.!?;:]|\\n");
    /** A conjunction opening a quote joins it to the writer's sentence; the speaker's would have been quoted with it. */
    private static final Set<String> OPENERS = Set.of("and", "but", "so", "yet", "or", "also");

    private WriterFrame() {
    }

    /**
     * The alignment with each unmatched edge run that is set off from the matched words (by punctuation in the
     * quote, or by a sentence end in the source) turned into inserted quote words outside the passage.
     */
    static Alignment trim(ParsedQuote quote, Alignment a) {
        List<Alignment.Step> steps = a.steps();
        int first = -1;
        int last = -1;
        for (int k = 0; k < steps.size(); k++) {
            if (steps.get(k).kind() == Alignment.Kind.MATCH) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0) {
            return a;
        }
        Alignment.Step head = steps.get(first);
        Alignment.Step tail = steps.get(last);
        boolean trimHead = setOff(quote, a, steps.subList(0, first), head, true);
        boolean trimTail = setOff(quote, a, steps.subList(last + 1, steps.size()), tail, false);
        if (!trimHead && !trimTail) {
            return a;
        }
        List<Alignment.Step> out = new ArrayList<>();
        int from = trimHead ? head.sourceFrom() : a.sourceFrom();
        int to = trimTail ? tail.sourceTo() : a.sourceTo();
        for (int k = 0; k < steps.size(); k++) {
            Alignment.Step s = steps.get(k);
            boolean inHead = trimHead && k < first;
            boolean inTail = trimTail && k > last;
            if (!inHead && !inTail) {
                out.add(s);
            } else if (s.kind() != Alignment.Kind.DELETE) {
                int at = inHead ? from : to;
                out.add(new Alignment.Step(Alignment.Kind.INSERT, s.quoteWord(), at, at));
            }
        }
        return new Alignment(a.source(), a.cost(), from, to, List.copyOf(out));
    }

    /** Whether an edge run pairs quote words with source words and is set off from the matched words. */
    private static boolean setOff(ParsedQuote quote, Alignment a, List<Alignment.Step> edge, Alignment.Step match,
                                  boolean head) {
        List<Alignment.Step> paired = edge.stream().filter(s -> s.kind() == Alignment.Kind.SUBSTITUTE).toList();
        if (paired.isEmpty() || edge.stream().anyMatch(s -> s.kind() == Alignment.Kind.SKIP)) {
            return false;
        }
        Words words = quote.words();
        int outer = head ? quoteWords(edge).max().orElse(-1) : quoteWords(edge).min().orElse(-1);
        if (outer < 0) {
            return false;
        }
        String quoteGap = head ? quote.text().substring(words.ends()[outer], words.starts()[match.quoteWord()])
                : quote.text().substring(words.ends()[match.quoteWord()], words.starts()[outer]);
        if (QUOTE_BREAK.matcher(quoteGap).find() || (head && OPENERS.contains(quote.words().norms()[0]))) {
            return true;
        }
        IndexedSource s = a.source();
        String text = s.source().text();
        int pairedWord = head ? paired.get(paired.size() - 1).sourceFrom() : paired.get(0).sourceFrom();
        String sourceGap = head ? text.substring(s.ends()[pairedWord], s.starts()[match.sourceFrom()])
                : text.substring(s.ends()[match.sourceFrom()], s.starts()[pairedWord]);
        return SOURCE_BREAK.matcher(sourceGap).find();
    }

    private static IntStream quoteWords(List<Alignment.Step> edge) {
        return edge.stream().filter(s -> s.kind() != Alignment.Kind.DELETE).mapToInt(Alignment.Step::quoteWord);
    }
}
