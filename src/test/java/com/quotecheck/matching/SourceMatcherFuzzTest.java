package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/** No input makes the matcher throw, hang or return an inconsistent result. */
class SourceMatcherFuzzTest {

    private static final String ALPHABET = "ab cd ef U.S. P.R.C. … ... . . . [x] [ ] ( ) “ ” ’ ' — – - , ; not 12 "
            + "ﬁ Ｕ e\u0301 \u00AD \u200B \uD83D\uDE00 \n\t";

    @FuzzTest(maxDuration = "30s")
    void matchesAnyInputWithinBounds(FuzzedDataProvider data) {
        SourceMatcher m = new SourceMatcher();
        m.add(new SourceText(1, data.consumeString(2000)));
        m.add(new SourceText(2, data.consumeString(500)));
        String quote = data.consumeRemainingAsString();
        checkConsistent(m, quote, m.match(quote, 1L));
    }

    @Test
    void randomTextsFromAnAwkwardAlphabetMatchConsistently() {
        Random random = new Random(20230613);
        for (int round = 0; round < 300; round++) {
            SourceMatcher m = new SourceMatcher();
            String source = randomText(random, 1 + random.nextInt(400));
            m.add(new SourceText(1, source));
            m.add(new SourceText(2, randomText(random, random.nextInt(50))));
            String quote = random.nextBoolean() ? randomText(random, random.nextInt(40))
                    : excerptWithNoise(random, source);
            checkConsistent(m, quote, m.match(quote, random.nextBoolean() ? 1L : null));
        }
    }

    @Test
    void tenMegabyteSourceAndFiveThousandWordQuoteStayBounded() {
        Random random = new Random(7);
        StringBuilder big = new StringBuilder();
        while (big.length() < 10_000_000) {
            big.append("word").append(random.nextInt(5000)).append(random.nextInt(9) == 0 ? ". " : " ");
        }
        String source = big.toString();
        int at = source.indexOf(' ', 5_000_000) + 1;
        int end = at;
        for (int w = 0; w < 5000; w++) {
            end = source.indexOf(' ', end) + 1;
        }
        String quote = source.substring(at, end);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            SourceMatcher m = new SourceMatcher();
            m.add(new SourceText(1, source));
            MatchResult r = m.match(quote, 1L);
            assertEquals(MatchClass.EXACT, r.matchClass());
            assertEquals(quote.strip(), r.best().text());
            MatchResult punctuation = m.match("!!! … ??? — “”", 1L);
            assertEquals(MatchClass.NOT_FOUND, punctuation.matchClass());
            MatchResult unrelated = m.match(randomText(new Random(1), 5000), null);
            checkConsistent(m, "", unrelated);
        });
    }

    @Test
    void sourcesAddedWhileOthersMatchAreAllFound() throws Exception {
        SourceMatcher m = new SourceMatcher();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int k = 0; k < 500; k++) {
                        long id = thread * 1000L + k;
                        m.add(new SourceText(id, "thread " + thread + " wrote source number " + k
                                + " with the unusual marker phrase q" + id + " z" + id + " end"));
                        MatchResult r = m.match("unusual marker phrase q" + id + " z" + id, id);
                        assertEquals(MatchClass.EXACT, r.matchClass());
                        assertEquals(Boolean.TRUE, r.attributedSourceMatches());
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2000, m.size());
        assertEquals(3499, m.match("phrase q3499 z3499 end", null).best().sourceId());
    }

    private static void checkConsistent(SourceMatcher m, String quote, MatchResult r) {
        assertNotNull(r.matchClass());
        assertNotNull(r.edits());
        assertNotNull(r.others());
        if (r.matchClass() == MatchClass.NOT_FOUND) {
            assertEquals(null, r.best());
            return;
        }
        Passage p = r.best();
        assertTrue(p.start() <= p.end() && p.score() >= 0 && p.score() <= 1, p::toString);
        assertTrue(r.edits().stream().allMatch(e -> e.quoteText() != null && e.sourceText() != null));
    }

    private static String randomText(Random random, int tokens) {
        StringBuilder b = new StringBuilder();
        String[] parts = ALPHABET.split(" ");
        for (int k = 0; k < tokens; k++) {
            b.append(parts[random.nextInt(parts.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return b.toString();
    }

    private static String excerptWithNoise(Random random, String source) {
        int a = random.nextInt(source.length() + 1);
        int b = Math.min(source.length(), a + random.nextInt(200));
        StringBuilder q = new StringBuilder(source.substring(a, b));
        for (int k = 0; k < 3 && q.length() > 0; k++) {
            q.insert(random.nextInt(q.length()), random.nextBoolean() ? " … " : " [y] ");
        }
        return q.toString();
    }
}
