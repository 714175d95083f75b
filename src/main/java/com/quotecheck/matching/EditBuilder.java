package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns an alignment into the edit list a reviewer reads: merged runs, with the words as written. */
final class EditBuilder {

    /** An ellipsis hiding more words than this is a cut, not a wording change worth flagging. */
    private static final int ELLIPSIS_MEANING_WORDS = 12;

    private final ParsedQuote quote;
    private final IndexedSource source;
    private final List<Edit> edits = new ArrayList<>();
    /** EQUAL, MOVE, or REPLACE for any other change (told apart into INSERT, DELETE and REPLACE when flushed). */
    private EditType run;
    private int quoteFirst = -1;
    private int quoteLast = -1;
    private int sourceFirst = -1;
    private int sourceLast = -1;

    private EditBuilder(ParsedQuote quote, IndexedSource source) {
        this.quote = quote;
        this.source = source;
    }

    static List<Edit> edits(ParsedQuote quote, Alignment alignment) {
        EditBuilder b = new EditBuilder(quote, alignment.source());
        b.markers(0, alignment.sourceFrom(), alignment.sourceFrom());
        for (Alignment.Step step : alignment.steps()) {
            boolean moved = alignment.moves(step);
            EditType change = moved ? EditType.MOVE : EditType.REPLACE;
            switch (step.kind()) {
                case MATCH -> b.add(moved ? EditType.MOVE : EditType.EQUAL, step.quoteWord(), step.sourceFrom());
                case SUBSTITUTE -> b.add(change, step.quoteWord(), step.sourceFrom());
                case INSERT -> b.add(change, step.quoteWord(), -1);
                case DELETE -> b.add(change, -1, step.sourceFrom());
                case SKIP -> {
                    b.flush();
                    b.markers(step.quoteWord(), step.sourceFrom(), step.sourceTo());
                }
            }
        }
        b.flush();
        b.markers(quote.words().size(), alignment.sourceTo(), alignment.sourceTo());
        return List.copyOf(b.edits);
    }

    private void add(EditType kind, int quoteWord, int sourceWord) {
        boolean runOpen = quoteFirst >= 0 || sourceFirst >= 0;
        // a run's source words are contiguous: after a moved part is taken out of a cut, the words around it are not
        boolean sourceBreak = sourceWord >= 0 && sourceLast >= 0 && sourceWord != sourceLast + 1;
        if (runOpen && (kind != run || sourceBreak)) {
            flush();
        }
        run = kind;
        if (quoteWord >= 0) {
            quoteFirst = quoteFirst < 0 ? quoteWord : quoteFirst;
            quoteLast = quoteWord;
        }
        if (sourceWord >= 0) {
            sourceFirst = sourceFirst < 0 ? sourceWord : sourceFirst;
            sourceLast = sourceWord;
        }
    }

    private void flush() {
        if (quoteFirst < 0 && sourceFirst < 0) {
            return;
        }
        String quoteText = quoteFirst < 0 ? ""
                : quote.text().substring(quote.words().starts()[quoteFirst], quote.words().ends()[quoteLast]);
        String sourceText = sourceText(sourceFirst, sourceLast + 1);
        if (run == EditType.EQUAL) {
            edits.add(new Edit(EditType.EQUAL, quoteText, sourceText, null));
        } else {
            EditType type = run == EditType.MOVE ? EditType.MOVE
                    : quoteFirst < 0 ? EditType.DELETE : sourceFirst < 0 ? EditType.INSERT : EditType.REPLACE;
            List<String> quoteWords = quoteFirst < 0 ? List.of()
                    : Arrays.asList(quote.words().norms()).subList(quoteFirst, quoteLast + 1);
            // a long unmarked cut is a splice, reported as such, not a wording change inside one sentence
            boolean splice = type == EditType.DELETE && sourceLast - sourceFirst >= ELLIPSIS_MEANING_WORDS;
            edits.add(new Edit(type, quoteText, sourceText,
                    splice ? null : MeaningCheck.change(quoteWords, sourceWords(sourceFirst, sourceLast + 1))));
        }
        quoteFirst = quoteLast = sourceFirst = sourceLast = -1;
    }

    /** The marks at one boundary; the first ellipsis there (else the first bracket) gets the skipped words. */
    private void markers(int boundary, int from, int to) {
        List<Marker> here = quote.markers().stream().filter(m -> m.boundary() == boundary).toList();
        Marker owner = here.stream().filter(Marker::ellipsis).findFirst()
                .orElse(here.isEmpty() ? null : here.get(0));
        for (Marker m : here) {
            boolean owns = m == owner && to > from;
            String markText = quote.text().substring(m.start(), m.end());
            String sourceText = owns ? sourceText(from, to) : "";
            List<String> skipped = owns ? sourceWords(from, to) : List.of();
            String meaning;
            if (m.ellipsis()) {
                meaning = skipped.size() <= ELLIPSIS_MEANING_WORDS ? MeaningCheck.change(List.of(), skipped) : null;
            } else {
                meaning = MeaningCheck.change(Arrays.asList(m.inner()), skipped);
            }
            edits.add(new Edit(m.ellipsis() ? EditType.ELLIPSIS : EditType.BRACKET, markText, sourceText, meaning));
        }
    }

    private String sourceText(int from, int to) {
        return from < 0 || to <= from ? ""
                : source.source().text().substring(source.starts()[from], source.ends()[to - 1]);
    }

    private List<String> sourceWords(int from, int to) {
        if (from < 0 || to <= from) {
            return List.of();
        }
        return Arrays.asList(WordTokenizer.tokenize(source.source().text(), source.starts()[from],
                source.ends()[to - 1], false).norms());
    }
}
