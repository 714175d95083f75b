package com.quotecheck.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.quotecheck.matching.IndexStats;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.Passage;
import com.quotecheck.matching.SourceMatcher;
import com.quotecheck.matching.SourceText;

/**
 * Benchmark main: synthetic libraries of Zipfian text at several sizes; indexed match latency against
 * an exhaustive alignment of every source (time and agreement on the best passage) and index memory.
 * Arguments: {@code sizes=1000,10000,100000 quotes=200 exhaustive=200,100,5}.
 */
public final class MatchingBenchmark {

    private static final int VOCABULARY = 50_000;
    private static final int QUOTE_WORDS = 40;
    private static final int WARM_UP = 50;
    /** CPU time of this thread: the machine is shared, so wall time also counts other processes' turns. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Random random = new Random(20230613);
    private final String[] vocabulary = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    private MatchingBenchmark() {
        String[] syllables = {"ka", "to", "ri", "ne", "sa", "mu", "lo", "pe", "di", "va", "shi", "gro", "an",
                "el", "tur", "po", "qui", "zen", "bra", "fi"};
        double sum = 0;
        for (int k = 0; k < VOCABULARY; k++) {
            StringBuilder w = new StringBuilder();
            int n = k;
            do {
                w.append(syllables[n % syllables.length]);
                n /= syllables.length;
            } while (n > 0);
            vocabulary[k] = w.toString();
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < VOCABULARY; k++) {
            cumulative[k] /= sum;
        }
    }

    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        // exec:exec passes -Dbench.args as one argument
        for (String a : String.join(" ", args).trim().split("\\s+")) {
            if (a.isEmpty()) {
                continue;
            }
            String[] kv = a.split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int[] sizes = Arrays.stream(opts.getOrDefault("sizes", "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int quotes = Integer.parseInt(opts.getOrDefault("quotes", "200"));
        int[] exhaustive = Arrays.stream(opts.getOrDefault("exhaustive", "200,100,5").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.out.println("| sources | words | add all (s) | indexed wall p50 / p95 / max (ms) "
                + "| indexed CPU p50 / p95 (ms) | exhaustive wall / CPU mean (ms) | CPU speed-up (means) "
                + "| same best passage | index bytes/word | word store bytes/word | heap bytes/word |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int k = 0; k < sizes.length; k++) {
            new MatchingBenchmark().run(sizes[k], quotes, exhaustive[Math.min(k, exhaustive.length - 1)]);
        }
    }

    private void run(int sources, int quoteCount, int exhaustiveCount) {
        System.gc();
        long heapBefore = usedHeap();
        SourceMatcher matcher = new SourceMatcher();
        Map<Long, String> quoted = new HashMap<>();
        long[] quoteSources = random.longs(quoteCount + WARM_UP, 0, sources).toArray();
        Arrays.stream(quoteSources).forEach(id -> quoted.put(id, null));
        long t0 = System.nanoTime();
        for (long id = 0; id < sources; id++) {
            String text = document(900 + random.nextInt(200));
            if (quoted.containsKey(id)) {
                quoted.put(id, text);
            }
            matcher.add(new SourceText(id, text));
        }
        double addSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap = usedHeap() - heapBefore;
        IndexStats stats = matcher.stats();

        List<String> texts = new ArrayList<>();
        for (int q = 0; q < quoteSources.length; q++) {
            texts.add(quote(quoted.get(quoteSources[q]), q));
        }
        for (int q = 0; q < WARM_UP; q++) {
            matcher.match(texts.get(q), null);
            if (q < 3) {
                matcher.matchExhaustively(texts.get(q), null);
            }
        }
        double[] indexedMs = new double[quoteCount];
        double[] indexedCpuMs = new double[quoteCount];
        List<MatchResult> indexed = new ArrayList<>();
        for (int q = 0; q < quoteCount; q++) {
            long s = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            indexed.add(matcher.match(texts.get(WARM_UP + q), null));
            indexedCpuMs[q] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            indexedMs[q] = (System.nanoTime() - s) / 1e6;
        }
        double exhaustiveTotal = 0;
        double exhaustiveCpuTotal = 0;
        int same = 0;
        int compared = Math.min(exhaustiveCount, quoteCount);
        for (int q = 0; q < compared; q++) {
            long s = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            MatchResult full = matcher.matchExhaustively(texts.get(WARM_UP + q), null);
            exhaustiveCpuTotal += (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            exhaustiveTotal += (System.nanoTime() - s) / 1e6;
            same += samePassage(full.best(), indexed.get(q).best()) ? 1 : 0;
        }
        Arrays.sort(indexedMs);
        Arrays.sort(indexedCpuMs);
        double exhaustiveMean = exhaustiveTotal / Math.max(1, compared);
        double exhaustiveCpuMean = exhaustiveCpuTotal / Math.max(1, compared);
        double indexedCpuMean = Arrays.stream(indexedCpuMs).average().orElse(0);
        System.out.printf("| %,d | %,d | %.1f | %.2f / %.2f / %.2f | %.2f / %.2f | %.1f / %.1f | %.0f× "
                        + "| %d/%d | %.2f | %.2f | %.1f |%n",
                sources, stats.words(), addSeconds, indexedMs[quoteCount / 2], indexedMs[(int) (quoteCount * 0.95)],
                indexedMs[quoteCount - 1], indexedCpuMs[quoteCount / 2], indexedCpuMs[(int) (quoteCount * 0.95)],
                exhaustiveMean, exhaustiveCpuMean, exhaustiveCpuMean / indexedCpuMean, same, compared,
                (double) stats.indexBytes() / stats.words(), (double) stats.wordBytes() / stats.words(),
                (double) heap / stats.words());
    }

    private static boolean samePassage(Passage a, Passage b) {
        return a == null ? b == null
                : b != null && a.sourceId() == b.sourceId() && a.start() == b.start() && a.end() == b.end();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Sentences of Zipf-distributed words, so common words recur as in real text. */
    private String document(int words) {
        StringBuilder b = new StringBuilder(words * 8);
        int sentence = 0;
        for (int k = 0; k < words; k++) {
            String w = word();
            if (sentence == 0) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                b.append(w);
            }
            sentence++;
            if (sentence > 6 && random.nextInt(12) == 0) {
                b.append(". ");
                sentence = 0;
            } else {
                b.append(random.nextInt(15) == 0 ? ", " : " ");
            }
        }
        return b.toString();
    }

    private String word() {
        int k = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(VOCABULARY - 1, k < 0 ? -k - 1 : k)];
    }

    /** A 40-word excerpt: verbatim, with two words swapped for others, two dropped, or an ellipsis. */
    private String quote(String text, int index) {
        String[] words = text.split(" ");
        int a = random.nextInt(words.length - QUOTE_WORDS - 10);
        List<String> q = new ArrayList<>(Arrays.asList(words).subList(a, a + QUOTE_WORDS));
        switch (index % 4) {
            case 1 -> {
                q.set(5 + random.nextInt(15), word());
                q.set(20 + random.nextInt(15), word());
            }
            case 2 -> {
                q.remove(25 + random.nextInt(10));
                q.remove(5 + random.nextInt(15));
            }
            case 3 -> {
                int at = 10 + random.nextInt(15);
                q.subList(at, at + 3 + random.nextInt(6)).clear();
                q.add(at, "…");
            }
            default -> {
            }
        }
        return String.join(" ", q);
    }
}
