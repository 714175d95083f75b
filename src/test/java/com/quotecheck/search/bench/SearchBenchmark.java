package com.quotecheck.search.bench;

import com.quotecheck.search.SearchDocument;
import com.quotecheck.search.SearchHit;
import com.quotecheck.search.TextSearch;

import java.util.Arrays;
import java.util.Random;

/**
 * Search latency over a synthetic index of quotes (Zipfian vocabulary, 40-word quotes, 500 speakers, articles of
 * 1,000 words), as the search box and {@code /api/search} use it.
 * Run: {@code ./mvnw -q -B test-compile exec:exec -Dbench=com.quotecheck.search.bench.SearchBenchmark -Dbench.args="100000 500"}
 */
public final class SearchBenchmark {

    private static final String[] VERDICTS = {"ACCURATE", "MINOR_DEVIATION", "MISQUOTED", "MISATTRIBUTED",
            "OUT_OF_CONTEXT", "UNVERIFIABLE"};

    public static void main(String[] args) throws Exception {
        int quotes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Random random = new Random(7);
        String[] vocabulary = new String[20_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(i);
        }
        try (TextSearch search = new TextSearch()) {
            long start = System.nanoTime();
            int articles = quotes / 10;
            for (int a = 0; a < articles; a++) {
                search.put(new SearchDocument(SearchHit.Kind.ARTICLE, a, 0, text(random, vocabulary, 1000),
                        "Article " + a, null, null, "Outlet " + (a % 40), null, null));
            }
            for (int q = 0; q < quotes; q++) {
                search.put(new SearchDocument(SearchHit.Kind.QUOTE, q, 0, text(random, vocabulary, 40),
                        "Article " + (q / 10), "Speaker" + (q % 500) + " Person", VERDICTS[q % VERDICTS.length],
                        "Outlet " + (q % 40), null, (long) (q / 10)));
            }
            search.refresh();
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heap = runtime.totalMemory() - runtime.freeMemory();

            String[] mix = new String[queries];
            for (int i = 0; i < queries; i++) {
                mix[i] = switch (i % 4) {
                    case 0 -> zipf(random, vocabulary);
                    case 1 -> zipf(random, vocabulary) + " " + zipf(random, vocabulary);
                    case 2 -> zipf(random, vocabulary) + " speaker:speaker" + random.nextInt(500);
                    default -> "\"" + zipf(random, vocabulary) + " " + zipf(random, vocabulary) + "\" verdict:misquoted";
                };
            }
            for (int i = 0; i < Math.min(200, queries); i++) {
                search.search(mix[i], 25, 10, 10);
            }
            long[] nanos = new long[queries];
            for (int i = 0; i < queries; i++) {
                long t = System.nanoTime();
                search.search(mix[i], 25, 10, 10);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("quotes=%d articles=%d build=%.1f s heap=%.0f MB queries=%d p50=%.2f ms p95=%.2f ms"
                            + " p99=%.2f ms max=%.2f ms%n", quotes, articles, buildSeconds, heap / 1e6, queries,
                    nanos[queries / 2] / 1e6, nanos[queries * 95 / 100] / 1e6, nanos[queries * 99 / 100] / 1e6,
                    nanos[queries - 1] / 1e6);
        }
    }

    private static String text(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            text.append(zipf(random, vocabulary)).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    /** A word drawn with probability falling as 1/rank, like the words of real text. */
    private static String zipf(Random random, String[] vocabulary) {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.length + 1.0, u)) - 1;
        return vocabulary[Math.min(vocabulary.length - 1, Math.max(0, rank))];
    }

    private static String word(int i) {
        StringBuilder word = new StringBuilder();
        int n = i + 1;
        while (n > 0) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return word.append("o").toString();
    }
}
