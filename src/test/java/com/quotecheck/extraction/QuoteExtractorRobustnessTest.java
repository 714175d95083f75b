package com.quotecheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor never throws and keeps its output invariants on hostile input. */
class QuoteExtractorRobustnessTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    /** Pieces random articles are built from: every kind of mark, cue words, names, breaks and odd characters. */
    private static final String[] PIECES = {
        "“", "”", "\"", "'", "''", "‘", "’", "«", "»", "„", "``", "―", "—", " ", " ", " ", "\n", "\n\n", ".", ",",
        ":", ";", "?", "!", "(", ")", "[", "]", "said", "says", "told", "according to", "the", "a", "he", "she",
        "Ann Lee", "Lee", "Mr.", "U.S.", "Ministry", "report", "found that", "90%", "Times", "\u0000", "\t", "\r",
        "\u200B", "中文", "Привет", "😀", "\uD800", "\uDC00", "é", "İ", "ß", "A-B.", "(D-N.Y.)", "word", "because",
    };

    @Test
    void randomArticlesKeepTheInvariants() {
        Random random = new Random(20230616);
        for (int article = 0; article < 3_000; article++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) == 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            assertInvariants(text, EXTRACTOR.extract(text));
        }
    }

    @Test
    void fiveMegabytesOfMixedMarksKeepTheInvariants() {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(7);
        while (sb.length() < 5_000_000) {
            sb.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
        }
        String text = sb.toString();
        assertInvariants(text, EXTRACTOR.extract(text));
    }

    @Test
    void unbalancedMarksAloneKeepTheInvariants() {
        for (String mark : new String[] {"“", "”", "\"", "'", "‘", "’", "''", "«"}) {
            String text = (mark + "word ").repeat(20_000);
            assertInvariants(text, EXTRACTOR.extract(text));
        }
    }

    @FuzzTest
    void neverThrowsOnArbitraryText(String text) {
        assertInvariants(text, EXTRACTOR.extract(text));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static void assertInvariants(String text, List<ExtractedQuote> quotes) {
        int previous = -1;
        for (ExtractedQuote q : quotes) {
            assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), q::toString);
            assertEquals(text.substring(q.start(), q.end()), q.text(), () -> "in: " + abbreviate(text));
            assertTrue(previous <= q.start(), "sorted by start");
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
            previous = q.start();
        }
    }
}
