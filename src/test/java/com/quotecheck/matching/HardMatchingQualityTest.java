package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harder labelled set, in a library padded with 2,000 distractors, meets the targets (each at least 0.95). */
class HardMatchingQualityTest {

    private static final double TARGET = 0.95;
    private static final MatchingQuality.Tally TOTAL = new MatchingQuality.Tally();
    private static final List<String> FAILURES = new ArrayList<>();
    private static Map<String, MatchingQuality.Tally> byKind;

    @BeforeAll
    static void runTheHarderSet() {
        List<SourceText> library = HardQuoteCases.library(QuoteCases.library(), MatchingQuality.HARD_DISTRACTORS, 7);
        byKind = MatchingQuality.score(MatchingQuality.matcherFor(library), HardQuoteCases.generate(library, 6, 42),
                TOTAL, FAILURES);
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

    @Test
    void meaningChangeFlagsMeetTarget() {
        assertTrue(TOTAL.meaningAccuracy() >= TARGET,
                () -> TOTAL.meaningAccuracy() + "\n" + String.join("\n", FAILURES));
    }

    @Test
    void reorderedClausesAreClassifiedAndLocated() {
        MatchingQuality.Tally reordered = byKind.get("reordered");
        assertTrue(reordered.cases >= 30, () -> reordered.cases + " reordered cases");
        assertTrue(reordered.classAccuracy() >= TARGET && reordered.locationAccuracy() >= TARGET,
                () -> reordered.classAccuracy() + " / " + reordered.locationAccuracy());
    }
}
