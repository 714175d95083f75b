package com.quotecheck.matching;

import java.util.List;

/**
 * The cheapest way a quote's words run through a window of a source, step by step in quote order.
 *
 * @param cost        total cost in the aligner's units (0 for a verbatim quote)
 * @param sourceFrom  first source word of the passage (index into the source's words)
 * @param sourceTo    just past the last source word of the passage
 * @param steps       the steps in quote order
 * @param movedFrom   first quote word of a part the quote moved (the source has it elsewhere in the passage)
 * @param movedTo     just past that part; equal to {@code movedFrom} when nothing moved
 */
record Alignment(IndexedSource source, int cost, int sourceFrom, int sourceTo, List<Step> steps, int movedFrom,
                 int movedTo) {

    Alignment(IndexedSource source, int cost, int sourceFrom, int sourceTo, List<Step> steps) {
        this(source, cost, sourceFrom, sourceTo, steps, 0, 0);
    }

    /** What one step does. */
    enum Kind { MATCH, SUBSTITUTE, INSERT, DELETE, SKIP }

    /**
     * One step. For MATCH and SUBSTITUTE, one quote word against one source word; for INSERT a quote
     * word alone; for DELETE one unmarked source word; for SKIP the source words {@code [sourceFrom, sourceTo)}
     * that the editorial marks at boundary {@code quoteWord} stand for.
     */
    record Step(Kind kind, int quoteWord, int sourceFrom, int sourceTo) {
    }

    int matches() {
        return (int) steps.stream().filter(s -> s.kind() == Kind.MATCH).count();
    }

    /** Whether a step belongs to the moved part; a dropped source word counts only strictly inside it. */
    boolean moves(Step step) {
        int w = step.quoteWord();
        return step.kind() == Kind.DELETE ? movedFrom < w && w < movedTo : movedFrom <= w && w < movedTo;
    }

    boolean hasUnmarkedChanges() {
        return movedTo > movedFrom || steps.stream().anyMatch(s -> s.kind() == Kind.SUBSTITUTE
                || s.kind() == Kind.INSERT || s.kind() == Kind.DELETE);
    }

    boolean skipsSourceWords() {
        return steps.stream().anyMatch(s -> s.kind() == Kind.SKIP && s.sourceTo() > s.sourceFrom());
    }
}
