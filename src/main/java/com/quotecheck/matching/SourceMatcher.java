package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds the passage a quote comes from in a library of sources, classifies how faithfully the quote
 * reproduces it and explains the differences word by word. Thread-safe: sources may be added while
 * other threads match. The index lives only in memory and is rebuilt by adding the sources again.
 */
public final class SourceMatcher {

    /** Quotes longer than this are not quotes; they are reported NOT_FOUND without aligning. */
    static final int MAX_QUOTE_WORDS = 5_000;
    private static final int CANDIDATES = 8;
    /** Sources up to this many alignment cells are aligned whole; longer ones only around shared trigrams. */
    private static final long WHOLE_SOURCE_CELLS = 4_000_000;
    private static final int WINDOWS_PER_SOURCE = 2;
    /** Alignment cells one match may spend, so huge quotes and sources stay bounded in time. */
    private static final long CELL_BUDGET = 150_000_000;
    /** Library size (in alignment cells for the quote) below which a weak indexed result is re-checked by a full scan; above it, by the rare-word candidates. */
    private static final long SCAN_CELLS = 20_000_000;
    private static final double DEVIATES_MIN_SCORE = 0.6;
    private static final double PARAPHRASE_MIN_OVERLAP = 0.5;
    /** Share of the quote's content words a DEVIATES passage must change (other word, not another ending) to be a PARAPHRASE. */
    private static final double PARAPHRASE_MIN_CHANGED = 0.3;
    /** Changed content words a quote may have and still DEVIATE whatever their share: a short quote with a slip. */
    private static final int DEVIATES_FREE_CHANGES = 2;
    private static final double OTHER_MIN_SCORE = 0.3;
    private static final int MAX_OTHERS = 5;
    /** Scored windows kept while scanning many sources; the best of them are aligned step by step. */
    private static final int KEPT_ALIGNMENTS = 16;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Vocabulary vocabulary = new Vocabulary();
    private final Map<Long, Integer> slotById = new HashMap<>();
    private final ShingleIndex index = new ShingleIndex();
    private final RareWordIndex rareWords = new RareWordIndex();
    private IndexedSource[] slots = new IndexedSource[64];
    private int slotCount;
    private long liveWords;
    private long deadWords;

    /** Adds a source; adding an id that is already present does nothing. */
    public void add(SourceText source) {
        lock.readLock().lock();
        try {
            if (slotById.containsKey(source.id())) {
                return;
            }
        } finally {
            lock.readLock().unlock();
        }
        String text = source.text() == null ? "" : source.text();
        Words words = WordTokenizer.tokenize(text);
        int[] ids = vocabulary.intern(words.norms());
        lock.writeLock().lock();
        try {
            if (slotById.containsKey(source.id())) {
                return;
            }
            if (slotCount == slots.length) {
                slots = Arrays.copyOf(slots, slotCount * 2);
            }
            IndexedSource indexed = new IndexedSource(new SourceText(source.id(), text), slotCount, ids,
                    words.starts(), words.ends());
            slots[slotCount++] = indexed;
            slotById.put(source.id(), indexed.slot());
            liveWords += indexed.size();
            if (!index.add(indexed)) {
                index.rebuild(slots, slotCount);
            }
            rareWords.add(indexed);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a source; its postings are dropped when removed sources outweigh live ones. */
    public void remove(long sourceId) {
        lock.writeLock().lock();
        try {
            Integer slot = slotById.remove(sourceId);
            if (slot == null) {
                return;
            }
            liveWords -= slots[slot].size();
            deadWords += slots[slot].size();
            slots[slot] = null;
            if (deadWords > liveWords) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public IndexStats stats() {
        lock.readLock().lock();
        try {
            return new IndexStats(slotById.size(), liveWords, index.postings(), index.memoryBytes(), 12 * liveWords);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Matches a quote against the sources the index proposes (and always the attributed one). */
    public MatchResult match(String quote, Long attributedSourceId) {
        ParsedQuote parsed = ParsedQuote.parse(quote == null ? "" : quote);
        MatchResult indexed = match(parsed, attributedSourceId, Retrieval.SHINGLES);
        boolean weak = indexed.matchClass() == MatchClass.NOT_FOUND || indexed.matchClass() == MatchClass.PARAPHRASE;
        if (!weak) {
            return indexed;
        }
        if (smallEnoughToScan(parsed.words().size())) {
            return match(parsed, attributedSourceId, Retrieval.ALL);
        }
        MatchResult second = match(parsed, attributedSourceId, Retrieval.RARE_WORDS);
        return second.matchClass().compareTo(indexed.matchClass()) < 0 ? second : indexed;
    }

    /**
     * Matches a quote by aligning it against every source, without the index: the reference the
     * indexed {@link #match} is measured against. Slow on a large library.
     */
    public MatchResult matchExhaustively(String quote, Long attributedSourceId) {
        return match(ParsedQuote.parse(quote == null ? "" : quote), attributedSourceId, Retrieval.ALL);
    }

    /**
     * A paraphrase or a very short quote may share no four-word run with its source, so the index cannot
     * propose it; a small library is then cheap enough to align whole.
     */
    private boolean smallEnoughToScan(int quoteWords) {
        lock.readLock().lock();
        try {
            return liveWords * quoteWords <= SCAN_CELLS;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Which sources a match aligns: those the shingle index proposes, those plus the rare-word candidates, or all. */
    private enum Retrieval { SHINGLES, RARE_WORDS, ALL }

    private MatchResult match(ParsedQuote parsed, Long attributedSourceId, Retrieval retrieval) {
        boolean exhaustive = retrieval == Retrieval.ALL;
        int n = parsed.words().size();
        if (n == 0 || n > MAX_QUOTE_WORDS) {
            return notFound();
        }
        int[] quoteIds = vocabulary.lookup(parsed.words().norms());
        List<IndexedSource> sources = candidates(quoteIds, parsed.words().norms(), attributedSourceId, retrieval);
        long[] quoteHashes = ShingleIndex.shingleHashes(quoteIds);
        Arrays.sort(quoteHashes);
        Aligner aligner = new Aligner(quoteIds, parsed.markers());
        // First pass: the cost of every window; only the cheapest are then aligned step by step.
        List<Window> scored = new ArrayList<>();
        long budget = exhaustive ? Long.MAX_VALUE : CELL_BUDGET;
        for (IndexedSource source : sources) {
            for (int[] w : windows(source, n, quoteHashes)) {
                if (budget <= 0 && !scored.isEmpty()) {
                    break;
                }
                budget -= aligner.cells(w[1] - w[0]);
                scored.add(new Window(source, w[0], w[1], aligner.cost(source, w[0], w[1]),
                        isAttributed(source, attributedSourceId)));
                if (scored.size() > 4 * KEPT_ALIGNMENTS) {
                    scored.sort(Window.RANKING);
                    scored.subList(KEPT_ALIGNMENTS, scored.size()).clear();
                }
            }
        }
        if (scored.isEmpty()) {
            return notFound();
        }
        scored.sort(Window.RANKING);
        List<Alignment> found = new ArrayList<>();
        for (Window w : scored.subList(0, Math.min(MAX_OTHERS + 1, scored.size()))) {
            found.add(WriterFrame.trim(parsed, aligner.align(w.source(), w.from(), w.to())));
        }
        found.set(0, Reordering.apply(parsed, quoteIds, found.get(0)));
        return classify(parsed, quoteIds, found, attributedSourceId);
    }

    private List<IndexedSource> candidates(int[] quoteIds, String[] quoteNorms, Long attributedSourceId,
                                           Retrieval retrieval) {
        Set<IndexedSource> out = new LinkedHashSet<>();
        lock.readLock().lock();
        try {
            Integer attributed = attributedSourceId == null ? null : slotById.get(attributedSourceId);
            if (attributed != null) {
                out.add(slots[attributed]);
            }
            if (retrieval == Retrieval.ALL) {
                for (int k = 0; k < slotCount; k++) {
                    if (slots[k] != null) {
                        out.add(slots[k]);
                    }
                }
                return List.copyOf(out);
            }
            for (int slot : index.candidates(quoteIds, slots, slotById.size(), CANDIDATES)) {
                out.add(slots[slot]);
            }
            if (retrieval == Retrieval.RARE_WORDS) {
                for (int slot : rareWords.candidates(quoteIds, quoteNorms, slots, slotById.size(), CANDIDATES)) {
                    out.add(slots[slot]);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return List.copyOf(out);
    }

    /**
     * The windows of a source worth aligning: all of it when small enough, else the densest runs of
     * trigrams it shares with the quote, each padded by the quote's length on both sides.
     */
    private static List<int[]> windows(IndexedSource source, int n, long[] sortedQuoteHashes) {
        int m = source.size();
        if ((long) n * (m + 1) <= WHOLE_SOURCE_CELLS) {
            return List.of(new int[] {0, m});
        }
        long[] hashes = ShingleIndex.shingleHashes(source.ids());
        int[] seeds = new int[16];
        int count = 0;
        for (int p = 0; p < hashes.length; p++) {
            if (Arrays.binarySearch(sortedQuoteHashes, hashes[p]) >= 0) {
                if (count == seeds.length) {
                    seeds = Arrays.copyOf(seeds, count * 2);
                }
                seeds[count++] = p;
            }
        }
        List<int[]> out = new ArrayList<>();
        int span = 2 * n + 20;
        while (count > 0 && out.size() < WINDOWS_PER_SOURCE) {
            int bestLo = 0;
            int bestHi = 0;
            for (int lo = 0, hi = 0; hi < count; hi++) {
                while (seeds[hi] - seeds[lo] > span) {
                    lo++;
                }
                if (hi - lo > bestHi - bestLo) {
                    bestLo = lo;
                    bestHi = hi;
                }
            }
            int from = Math.max(0, seeds[bestLo] - n - 10);
            int to = Math.min(m, seeds[bestHi] + ShingleIndex.SHINGLE + n + 10);
            out.add(new int[] {from, to});
            int kept = 0;
            for (int k = 0; k < count; k++) {
                if (seeds[k] < from || seeds[k] >= to) {
                    seeds[kept++] = seeds[k];
                }
            }
            count = kept;
        }
        return out;
    }

    private MatchResult classify(ParsedQuote quote, int[] quoteIds, List<Alignment> found,
                                 Long attributedSourceId) {
        int n = quote.words().size();
        Alignment best = found.get(0);
        int matches = best.matches();
        double score = (double) matches / n;
        MatchClass matchClass;
        if (best.sourceTo() > best.sourceFrom() && !best.hasUnmarkedChanges()) {
            boolean marked = best.skipsSourceWords() || quote.markers().stream().anyMatch(m -> !m.ellipsis());
            matchClass = marked ? MatchClass.EDITED : MatchClass.EXACT;
        } else if (score >= DEVIATES_MIN_SCORE && matches >= 3 && keepsContentWords(quote, best)) {
            matchClass = MatchClass.DEVIATES;
        } else {
            return paraphrase(quote, quoteIds, found, attributedSourceId);
        }
        return result(matchClass, quote, best, score, found, attributedSourceId);
    }

    /**
     * Whether the alignment keeps the quote's content words, so the wording is the source's with a few changes rather
     * than a rewording. Inflected words count as kept; the writer's words outside the passage count neither way.
     */
    private static boolean keepsContentWords(ParsedQuote quote, Alignment a) {
        String[] norms = quote.words().norms();
        IndexedSource s = a.source();
        List<Alignment.Step> steps = a.steps();
        int first = 0;
        while (first < steps.size() && steps.get(first).kind() == Alignment.Kind.INSERT) {
            first++;
        }
        int last = steps.size() - 1;
        while (last > first && steps.get(last).kind() == Alignment.Kind.INSERT) {
            last--;
        }
        int content = 0;
        int kept = 0;
        for (Alignment.Step step : steps.subList(first, last + 1)) {
            Alignment.Kind kind = step.kind();
            if (kind == Alignment.Kind.DELETE || kind == Alignment.Kind.SKIP) {
                continue;
            }
            String quoteNorm = norms[step.quoteWord()];
            String sourceNorm = kind == Alignment.Kind.SUBSTITUTE ? WordTokenizer.normalizeWord(
                    s.source().text().substring(s.starts()[step.sourceFrom()], s.ends()[step.sourceFrom()])) : null;
            // a content word replaced by a function word is as much a rewording as the other way round
            if (!ContentWords.isContent(quoteNorm) && (sourceNorm == null || !ContentWords.isContent(sourceNorm))) {
                continue;
            }
            content++;
            if (kind == Alignment.Kind.MATCH || (sourceNorm != null && ContentWords.sameStem(quoteNorm, sourceNorm))) {
                kept++;
            }
        }
        int changed = content - kept;
        return changed <= DEVIATES_FREE_CHANGES || changed < PARAPHRASE_MIN_CHANGED * content;
    }

    /**
     * Looks for a passage that shares most of the quote's content words in any order, near where the
     * alignment put it: the quote is then a paraphrase; otherwise nothing in the library comes close.
     */
    private MatchResult paraphrase(ParsedQuote quote, int[] quoteIds, List<Alignment> found,
                                   Long attributedSourceId) {
        List<String> content = ContentWords.of(Arrays.asList(quote.words().norms()));
        if (content.size() < 3) {
            return notFound();
        }
        Alignment best = null;
        int[] bestSpan = null;
        double bestOverlap = 0;
        for (Alignment a : found) {
            int n = quote.words().size();
            int from = Math.max(0, a.sourceFrom() - n / 2);
            int to = Math.min(a.source().size(), Math.max(a.sourceTo(), a.sourceFrom() + 1) + n / 2);
            int[] span = ContentWords.overlapSpan(content, a.source(), from, to);
            double overlap = span == null ? 0 : (double) span[2] / content.size();
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = a;
                bestSpan = span;
            }
        }
        if (best == null || bestOverlap < PARAPHRASE_MIN_OVERLAP || bestSpan[2] < 3) {
            return notFound();
        }
        Alignment within = widened(quoteIds,
                new Aligner(quoteIds, quote.markers()).align(best.source(), bestSpan[0], bestSpan[1]));
        List<Alignment> rest = new ArrayList<>(found);
        rest.remove(best);
        rest.add(0, within);
        return result(MatchClass.PARAPHRASE, quote, within, bestOverlap, rest, attributedSourceId);
    }

    /**
     * A paraphrase's passage widened by as many source words as the quote has before its first and after its last
     * aligned word, paired one for one: a rewording replaces edge words too, and the shared words alone would
     * understate the passage.
     */
    private static Alignment widened(int[] quoteIds, Alignment a) {
        List<Alignment.Step> steps = a.steps();
        int head = 0;
        while (head < steps.size() && steps.get(head).kind() == Alignment.Kind.INSERT) {
            head++;
        }
        int tail = 0;
        while (tail < steps.size() - head && steps.get(steps.size() - 1 - tail).kind() == Alignment.Kind.INSERT) {
            tail++;
        }
        int from = Math.max(0, a.sourceFrom() - head);
        int to = Math.min(a.source().size(), a.sourceTo() + tail);
        if (from == a.sourceFrom() && to == a.sourceTo()) {
            return a;
        }
        List<Alignment.Step> out = new ArrayList<>(steps);
        for (int k = 0; k < a.sourceFrom() - from; k++) {
            out.set(head - 1 - k, paired(quoteIds, a.source(), steps.get(head - 1 - k), a.sourceFrom() - 1 - k));
        }
        for (int k = 0; k < to - a.sourceTo(); k++) {
            int at = steps.size() - tail + k;
            out.set(at, paired(quoteIds, a.source(), steps.get(at), a.sourceTo() + k));
        }
        return new Alignment(a.source(), a.cost(), from, to, List.copyOf(out));
    }

    private static Alignment.Step paired(int[] quoteIds, IndexedSource source, Alignment.Step insert, int sourceWord) {
        Alignment.Kind kind = quoteIds[insert.quoteWord()] == source.ids()[sourceWord] ? Alignment.Kind.MATCH
                : Alignment.Kind.SUBSTITUTE;
        return new Alignment.Step(kind, insert.quoteWord(), sourceWord, sourceWord + 1);
    }

    private MatchResult result(MatchClass matchClass, ParsedQuote quote, Alignment best, double score,
                               List<Alignment> found, Long attributedSourceId) {
        Passage passage = passage(best, score);
        List<Passage> others = new ArrayList<>();
        int n = quote.words().size();
        for (Alignment a : found.subList(1, found.size())) {
            double s = (double) a.matches() / n;
            Passage p = passage(a, s);
            if (others.size() < MAX_OTHERS && s >= OTHER_MIN_SCORE && p != null && !samePlace(p, passage)
                    && others.stream().noneMatch(o -> samePlace(o, p))) {
                others.add(p);
            }
        }
        Boolean attributed = attributedSourceId == null ? null : isAttributed(best, attributedSourceId);
        return new MatchResult(matchClass, passage, List.copyOf(others), EditBuilder.edits(quote, best),
                attributed);
    }

    private static Passage passage(Alignment a, double score) {
        if (a.sourceTo() <= a.sourceFrom()) {
            return null;
        }
        IndexedSource s = a.source();
        int start = s.starts()[a.sourceFrom()];
        int end = s.ends()[a.sourceTo() - 1];
        return new Passage(s.source().id(), start, end, s.source().text().substring(start, end), score);
    }

    private static boolean samePlace(Passage a, Passage b) {
        return b != null && a.sourceId() == b.sourceId() && a.start() < b.end() && b.start() < a.end();
    }

    private static boolean isAttributed(Alignment a, Long attributedSourceId) {
        return isAttributed(a.source(), attributedSourceId);
    }

    private static boolean isAttributed(IndexedSource s, Long attributedSourceId) {
        return attributedSourceId != null && s.source().id() == attributedSourceId;
    }

    /** A window of a source with its alignment cost; cheaper first, the attributed source first on a tie. */
    private record Window(IndexedSource source, int from, int to, int cost, boolean attributed) {
        static final Comparator<Window> RANKING = Comparator.comparingInt(Window::cost)
                .thenComparing(w -> !w.attributed());
    }

    private static MatchResult notFound() {
        return new MatchResult(MatchClass.NOT_FOUND, null, List.of(), List.of(), null);
    }

    /** Drops removed sources from the table and the index, renumbering the live ones. */
    private void compact() {
        IndexedSource[] live = new IndexedSource[Math.max(64, slotById.size() * 2)];
        int count = 0;
        for (int k = 0; k < slotCount; k++) {
            IndexedSource s = slots[k];
            if (s != null) {
                live[count] = new IndexedSource(s.source(), count, s.ids(), s.starts(), s.ends());
                slotById.put(s.source().id(), count);
                count++;
            }
        }
        slots = live;
        slotCount = count;
        deadWords = 0;
        index.rebuild(slots, slotCount);
        rareWords.rebuild(slots, slotCount);
    }
}
