package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelled test set built from real text meets the quality targets (each at least 0.95). */
class MatchingQualityTest {

    private static final double TARGET = 0.95;
    private static final MatchingQuality.Tally TOTAL = new MatchingQuality.Tally();
    private static final List<String> FAILURES = new ArrayList<>();

    @BeforeAll
    static void runTheTestSet() {
        List<SourceText> library = QuoteCases.library();
        List<QuoteCases.Case> cases = QuoteCases.generate(library, QuoteCases.fabricated(), 6, 42);
        MatchingQuality.score(MatchingQuality.matcherFor(library), cases, TOTAL, FAILURES);
    }

    @Test
    void testSetHasHundredsOfCasesOfEveryKind() {
        assertTrue(TOTAL.cases >= 400, () -> TOTAL.cases + " cases");
        assertTrue(TOTAL.attributed >= 100, () -> TOTAL.attributed + " attributed cases");
    }

    @Test
    void classAccuracyMeetsTarget() {
        assertTrue(TOTAL.classAccuracy() >= TARGET, () -> TOTAL.classAccuracy() + "\n" + String.join("\n", FAILURES));
    }

    @Test
    void locationAccuracyMeetsTarget() {
        assertTrue(TOTAL.locationAccuracy() >= TARGET,
                () -> TOTAL.locationAccuracy() + "\n" + String.join("\n", FAILURES));
    }

    @Test
    void misattributionDetectionMeetsTarget() {
        assertTrue(TOTAL.attributionAccuracy() >= TARGET,
                () -> TOTAL.attributionAccuracy() + "\n" + String.join("\n", FAILURES));
    }
}
