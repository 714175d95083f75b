package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Semi-global word alignment of a quote against a window of a source: the passage may start and end
 * anywhere in the window for free, quote words are matched, substituted or inserted, source words
 * inside the passage are dropped with an affine gap cost (so a long unmarked splice costs less than
 * giving up half the quote), and editorial marks let source words go unaligned: an ellipsis skips
 * any number for free, brackets stand for a few at a small cost each. A run of dropped source words costs at most
 * {@link #JUMP}, so two sentences spliced from different paragraphs still align as one passage.
 */
final class Aligner {

    static final int SUBSTITUTE = 20;
    static final int INSERT = 20;
    static final int GAP_OPEN = 18;
    static final int GAP_EXTEND = 1;
    static final int BRACKET_WORD = 2;
    /** The most an unmarked cut may cost, however long: two substituted words' worth. */
    static final int JUMP = 2 * SUBSTITUTE;
    private static final int INF = Integer.MAX_VALUE / 4;

    private final int[] quote;
    /** Per boundary 0..n: -1 unlimited free skip (ellipsis), 0 none, k > 0 a bracket standing for up to k words. */
    private final int[] skipCap;

    Aligner(int[] quote, List<Marker> markers) {
        this.quote = quote;
        this.skipCap = new int[quote.length + 1];
        for (Marker m : markers) {
            int b = m.boundary();
            if (m.ellipsis()) {
                skipCap[b] = -1;
            } else if (skipCap[b] >= 0) {
                skipCap[b] += 2 * m.inner().length + 3;
            }
        }
    }

    /** Cells one alignment against {@code width} source words costs, for budgeting. */
    long cells(int width) {
        return (long) quote.length * (width + 1);
    }

    /** The cost of the best alignment in the window, without recording how: the cheap first pass. */
    int cost(IndexedSource source, int from, int to) {
        return fill(source, from, to, null, null, null)[0];
    }

    Alignment align(IndexedSource source, int from, int to) {
        int w = to - from + 1;
        byte[] trace = new byte[quote.length * w];
        int[][] skipFrom = new int[quote.length + 1][];
        int[][] jumpFrom = new int[quote.length + 1][];
        int[] best = fill(source, from, to, trace, skipFrom, jumpFrom);
        return traceBack(source, from, best[0], best[1], w, trace, skipFrom, jumpFrom);
    }

    /** Runs the dynamic programme, recording each cell's choice when {@code trace} is given; returns {cost, end}. */
    private int[] fill(IndexedSource source, int from, int to, byte[] trace, int[][] skipFrom, int[][] jumpFrom) {
        int n = quote.length;
        int m = to - from;
        int w = m + 1;
        int[] s = source.ids();
        boolean record = trace != null;
        int[] prev = new int[w];
        int[] cur = new int[w];
        int[] gap = new int[w];
        for (int i = 1; i <= n; i++) {
            int q = quote[i - 1];
            int row = (i - 1) * w;
            cur[0] = prev[0] + INSERT;
            if (record) {
                trace[row] = 1;
            }
            gap[0] = INF;
            for (int j = 1; j <= m; j++) {
                int diag = prev[j - 1] + (q == s[from + j - 1] ? 0 : SUBSTITUTE);
                int up = prev[j] + INSERT;
                int open = cur[j - 1] + GAP_OPEN + GAP_EXTEND;
                int extend = gap[j - 1] + GAP_EXTEND;
                byte bits;
                int g;
                if (extend < open) {
                    g = extend;
                    bits = 4;
                } else {
                    g = open;
                    bits = 0;
                }
                gap[j] = g;
                int h = diag;
                if (up < h) {
                    h = up;
                    bits |= 1;
                }
                if (g < h) {
                    h = g;
                    bits = (byte) ((bits & 4) | 2);
                }
                cur[j] = h;
                if (record) {
                    trace[row + j] = bits;
                }
            }
            int[] jumped = jump(cur, record);
            if (record) {
                jumpFrom[i] = jumped;
            }
            if (i < n && skipCap[i] != 0) {
                int[] argmin = skip(cur, prev, skipCap[i]);
                if (record) {
                    skipFrom[i] = argmin;
                }
            } else {
                int[] t = prev;
                prev = cur;
                cur = t;
            }
        }
        int end = 0;
        for (int j = 1; j <= m; j++) {
            if (prev[j] < prev[end]) {
                end = j;
            }
        }
        return new int[] {prev[end], end};
    }

    /**
     * Lets a row reach any later source word for {@link #JUMP}, in place; with {@code record}, returns for each word
     * where its jump starts (-1 where none is cheaper).
     */
    private static int[] jump(int[] row, boolean record) {
        int[] from = record ? new int[row.length] : null;
        int best = INF;
        int arg = 0;
        for (int j = 0; j < row.length; j++) {
            int own = row[j];
            boolean jumps = best + JUMP < own;
            if (jumps) {
                row[j] = best + JUMP;
            }
            if (record) {
                from[j] = jumps ? arg : -1;
            }
            if (own < best) {
                best = own;
                arg = j;
            }
        }
        return from;
    }

    /** Applies the marks at one boundary: row {@code out[j]} = cheapest {@code in[j']} plus skipping j' .. j. */
    private static int[] skip(int[] in, int[] out, int cap) {
        int[] from = new int[in.length];
        if (cap < 0) {
            int best = INF;
            int arg = 0;
            for (int j = 0; j < in.length; j++) {
                if (in[j] <= best) {
                    best = in[j];
                    arg = j;
                }
                out[j] = best;
                from[j] = arg;
            }
        } else {
            for (int j = 0; j < in.length; j++) {
                int best = in[j];
                int arg = j;
                for (int k = 1; k <= cap && k <= j; k++) {
                    int c = in[j - k] + k * BRACKET_WORD;
                    if (c < best) {
                        best = c;
                        arg = j - k;
                    }
                }
                out[j] = best;
                from[j] = arg;
            }
        }
        return from;
    }

    private Alignment traceBack(IndexedSource source, int from, int cost, int end, int w, byte[] trace,
                                int[][] skipFrom, int[][] jumpFrom) {
        List<Alignment.Step> steps = new ArrayList<>();
        int i = quote.length;
        int j = end;
        while (i > 0) {
            int jumpStart = jumpFrom[i][j];
            if (jumpStart >= 0) {
                for (int k = j; k > jumpStart; k--) {
                    steps.add(new Alignment.Step(Alignment.Kind.DELETE, i, from + k - 1, from + k));
                }
                j = jumpStart;
            }
            int bits = trace[(i - 1) * w + j];
            int kind = bits & 3;
            if (kind == 2) {
                boolean extended;
                do {
                    extended = (trace[(i - 1) * w + j] & 4) != 0;
                    steps.add(new Alignment.Step(Alignment.Kind.DELETE, i, from + j - 1, from + j));
                    j--;
                } while (extended);
                continue;
            }
            if (kind == 0) {
                boolean same = quote[i - 1] == source.ids()[from + j - 1];
                steps.add(new Alignment.Step(same ? Alignment.Kind.MATCH : Alignment.Kind.SUBSTITUTE,
                        i - 1, from + j - 1, from + j));
                j--;
            } else {
                steps.add(new Alignment.Step(Alignment.Kind.INSERT, i - 1, from + j, from + j));
            }
            i--;
            if (skipFrom[i] != null) {
                int before = skipFrom[i][j];
                steps.add(new Alignment.Step(Alignment.Kind.SKIP, i, from + before, from + j));
                j = before;
            }
        }
        Collections.reverse(steps);
        return new Alignment(source, cost, from + j, from + end, List.copyOf(steps));
    }
}
