package com.quotecheck.extraction.bench;

import com.quotecheck.extraction.QuoteExtractor;
import com.quotecheck.extraction.eval.PolnearCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Single-thread throughput of {@link QuoteExtractor}: MB/s on real articles (PolNeAR dev, read at run time from
 * ../shared) and seconds for adversarial inputs at 1 MB and 2 MB, to show time grows linearly. Times are the
 * thread's CPU time, so that other processes sharing the cores do not skew the per-core figure.
 */
public final class ExtractionBenchmark {

    private static final int ROUNDS = 5;
    private static final int WARM_PASSES = 40;
    private static final int MB = 1_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        QuoteExtractor extractor = new QuoteExtractor();
        List<String> articles = new ArrayList<>();
        if (Files.isRegularFile(PolnearCorpus.defaultPath())) {
            PolnearCorpus.read(PolnearCorpus.defaultPath()).forEach(a -> articles.add(a.text()));
        }
        if (!articles.isEmpty()) {
            long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
            long sink = 0;
            // The JIT settles only after 20–30 passes over the articles (per-pass times fall 4-fold until then).
            for (int warm = 0; warm < WARM_PASSES; warm++) {
                for (String a : articles) {
                    sink += extractor.extract(a).size();
                }
            }
            double best = Double.MAX_VALUE;
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                for (int rep = 0; rep < 5; rep++) {
                    for (String a : articles) {
                        sink += extractor.extract(a).size();
                    }
                }
                best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - t0) / 1e9 / 5);
            }
            System.out.printf(Locale.ROOT, "PolNeAR dev, %d articles, %.2f MB: %.1f MB/s per core (%.1f ms per pass)%n",
                    articles.size(), bytes / 1e6, bytes / 1e6 / best, best * 1e3);
            String joined = String.join("\n\n", articles);
            String big = joined.repeat(Math.max(1, 4 * MB / joined.length()));
            double t = time(extractor, big);
            System.out.printf(Locale.ROOT, "PolNeAR concatenated into one %.1f MB text: %.1f MB/s%n",
                    big.getBytes(StandardCharsets.UTF_8).length / 1e6,
                    big.getBytes(StandardCharsets.UTF_8).length / 1e6 / t);
            System.out.println("(checksum " + sink + ")");
        }
        Map<String, IntFunction<String>> adversarial = new LinkedHashMap<>();
        adversarial.put("opening curly marks only", n -> "“".repeat(n));
        adversarial.put("straight double marks between words", n -> "a\" ".repeat(n / 3));
        adversarial.put("single marks and apostrophes", n -> "‘it’s ".repeat(n / 6));
        adversarial.put("NYT double single marks", n -> "''x ".repeat(n / 4));
        adversarial.put("one paragraph, no punctuation", n -> "word ".repeat(n / 5));
        adversarial.put("one paragraph of cue verbs", n -> "said ".repeat(n / 5));
        adversarial.put("one paragraph of reported speech", n -> "Ann Lee said that the plan works, ".repeat(n / 34));
        adversarial.put("quote per sentence, one paragraph", n -> "“Yes,” he said. ".repeat(n / 16));
        adversarial.put("line breaks only", n -> "\n".repeat(n));
        adversarial.put("pronoun quotes after blank lines", n -> "Ann Lee spoke.\n\n\n\n\n“Yes,” she said. ".repeat(n / 36));
        adversarial.put("inverted cues, one sentence", n -> "the plan works, said Ann Lee, ".repeat(n / 30));
        adversarial.put("unclosed quote per paragraph", n -> "“It rains. Lee says.\n".repeat(n / 21));
        adversarial.put("plural possessives in single quotes",
                n -> "'the councils' fault, the boards' \"x' y'\" ".repeat(n / 40));
        adversarial.put("someone new brought in before each quote", ExtractionBenchmark::introductions);
        adversarial.put("according-to sentences",
                n -> "According to police in Ohio, the suspect fled. ".repeat(n / 48));
        // Sentences just under the 2,000-character cap, full of second verbs and set-off cues (seventh round).
        String crowded = "Ana Ruiz met officials and said, she said, the plan, Ruiz added, would fail and said ".repeat(22)
                + "so. ";
        adversarial.put("crowded reporting sentences", n -> crowded.repeat(n / crowded.length()));
        // A report added after each quote's attribution, one paragraph (eighth round).
        String added = "“We won,” Ana Ruiz said, adding that the plant will close. ";
        adversarial.put("a report added after each quote", n -> added.repeat(n / added.length()));
        for (Map.Entry<String, IntFunction<String>> e : adversarial.entrySet()) {
            double one = time(extractor, e.getValue().apply(MB));
            double two = time(extractor, e.getValue().apply(2 * MB));
            System.out.printf(Locale.ROOT, "%-36s 1 MB %6.3f s   2 MB %6.3f s   ratio %.1f%n", e.getKey(), one, two,
                    two / one);
        }
    }

    private static double time(QuoteExtractor extractor, String text) {
        extractor.extract(text);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            extractor.extract(text);
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        return best;
    }

    /** Paragraphs each bringing in a person not named before, then a quote paragraph with no cue (seventh round). */
    private static String introductions(int n) {
        StringBuilder text = new StringBuilder(n + 100);
        for (int i = 0; text.length() < n; i++) {
            text.append("Local resident Ana B");
            // Letters only, so every name is new: "Ana Ba", "Ana Bb", … "Ana Bba".
            for (int rest = i; rest > 0 || text.charAt(text.length() - 1) == 'B'; rest /= 26) {
                text.append((char) ('a' + rest % 26));
            }
            text.append(" has lived here since 2009.\n\n“It was good.”\n\n");
        }
        return text.toString();
    }
}
