package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recognizes a quote whose two parts the source has the other way round ("B, A" for "A, B"): the aligner runs
 * forward only, so it matches one part and leaves the other unmatched.
 */
final class Reordering {

    /** Fewest words each part needs, so the writer's "he said" or "As I said" is not taken for a moved clause. */
    private static final int MIN_PART = 4;
    /** Source words each side of the passage where the other part is looked for. */
    private static final int MARGIN = 10;
    /** Alignment cells the split search may spend (each split point aligns both parts), so long quotes stay cheap. */
    private static final long MAX_CELLS = 4_000_000;
    /** What moving a part costs on top of aligning the two parts: as much as an unmarked cut. */
    private static final int MOVE = Aligner.JUMP;

    private Reordering() {
    }

    /**
     * The alignment with the quote's two parts aligned out of order near the passage (swapped, or one inside a cut
     * of the other), when that is cheaper than the forward alignment by more than the cost of a move; the shorter
     * part is reported as moved.
     */
    static Alignment apply(ParsedQuote quote, int[] quoteIds, Alignment a) {
        int n = quoteIds.length;
        if (n < 2 * MIN_PART || a.cost() <= MOVE || a.sourceTo() <= a.sourceFrom()) {
            return a;
        }
        IndexedSource source = a.source();
        int from = Math.max(0, a.sourceFrom() - n - MARGIN);
        int to = Math.min(source.size(), a.sourceTo() + n + MARGIN);
        if ((long) n * n * (to - from + 1) > MAX_CELLS) {
            return a;
        }
        int split = -1;
        int cheapest = a.cost() - MOVE;
        for (int k = MIN_PART; k <= n - MIN_PART; k++) {
            if (markedAt(quote, k)) {
                continue;
            }
            int cost = part(quote, quoteIds, 0, k).cost(source, from, to)
                    + part(quote, quoteIds, k, n).cost(source, from, to);
            if (cost < cheapest) {
                cheapest = cost;
                split = k;
            }
        }
        if (split < 0) {
            return a;
        }
        Alignment head = WriterFrame.trim(quote, shifted(part(quote, quoteIds, 0, split).align(source, from, to), 0));
        Alignment tail = WriterFrame.trim(quote,
                shifted(part(quote, quoteIds, split, n).align(source, from, to), split));
        if (head.sourceTo() <= head.sourceFrom() || tail.sourceTo() <= tail.sourceFrom()) {
            return a;
        }
        int gap = head.sourceFrom() - tail.sourceTo();
        // a move puts the tail before the head in the source, or one part inside a cut of the other ("B A C" for
        // "A B C": the tail "B C" cuts out "A"); in order, the forward alignment already did its best
        boolean swapped = gap >= 0;
        if (!swapped && !cutsOut(head, tail) && !cutsOut(tail, head)) {
            return a;
        }
        int cut = gap <= 0 ? 0 : Math.min(Aligner.GAP_OPEN + gap * Aligner.GAP_EXTEND, Aligner.JUMP);
        int cost = cheapest + MOVE + cut;
        if (cost >= a.cost()) {
            return a;
        }
        List<Alignment.Step> steps = new ArrayList<>(without(head.steps(), tail));
        for (int p = tail.sourceTo(); p < head.sourceFrom(); p++) {
            steps.add(new Alignment.Step(Alignment.Kind.DELETE, split, p, p + 1));
        }
        steps.addAll(without(tail.steps(), head));
        boolean headMoved = split <= n - split;
        return new Alignment(source, cost, Math.min(head.sourceFrom(), tail.sourceFrom()),
                Math.max(head.sourceTo(), tail.sourceTo()), List.copyOf(steps), headMoved ? 0 : split,
                headMoved ? split : n);
    }

    /** Whether every source word of {@code inner}'s passage is one that {@code outer} drops. */
    private static boolean cutsOut(Alignment outer, Alignment inner) {
        long dropped = outer.steps().stream().filter(s -> s.kind() == Alignment.Kind.DELETE
                && s.sourceFrom() >= inner.sourceFrom() && s.sourceFrom() < inner.sourceTo()).count();
        return dropped == inner.sourceTo() - inner.sourceFrom();
    }

    /** The steps without the dropped source words that the other part quotes. */
    private static List<Alignment.Step> without(List<Alignment.Step> steps, Alignment other) {
        return steps.stream().filter(s -> s.kind() != Alignment.Kind.DELETE || s.sourceFrom() < other.sourceFrom()
                || s.sourceFrom() >= other.sourceTo()).toList();
    }

    /** Whether an editorial mark stands between the two parts; it would belong to neither part's alignment. */
    private static boolean markedAt(ParsedQuote quote, int boundary) {
        return quote.markers().stream().anyMatch(m -> m.boundary() == boundary);
    }

    private static Aligner part(ParsedQuote quote, int[] quoteIds, int lo, int hi) {
        List<Marker> markers = quote.markers().stream().filter(m -> m.boundary() > lo && m.boundary() < hi)
                .map(m -> new Marker(m.ellipsis(), m.boundary() - lo, m.start(), m.end(), m.inner())).toList();
        return new Aligner(Arrays.copyOfRange(quoteIds, lo, hi), markers);
    }

    /** A part's alignment with its quote words numbered as in the whole quote. */
    private static Alignment shifted(Alignment a, int lo) {
        List<Alignment.Step> steps = a.steps().stream()
                .map(s -> new Alignment.Step(s.kind(), s.quoteWord() + lo, s.sourceFrom(), s.sourceTo())).toList();
        return new Alignment(a.source(), a.cost(), a.sourceFrom(), a.sourceTo(), steps);
    }
}
