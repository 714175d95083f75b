package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harder labelled set, in a library padded with 2,000 distractors, meets the targets (each at least 0.95). */
class HardMatchingQualityTest extends QualityTargets {

    private static final Score SCORE = new Score();
    private static Map<String, MatchingQuality.Tally> byKind;

    @BeforeAll
    static void runTheHarderSet() {
        List<SourceText> library = HardQuoteCases.library(QuoteCases.library(), MatchingQuality.HARD_DISTRACTORS, 7);
        byKind = MatchingQuality.score(MatchingQuality.matcherFor(library), HardQuoteCases.generate(library, 6, 42),
                SCORE.total, SCORE.failures);
    }

    @Override
    Score score() {
        return SCORE;
    }

    @Test
    void meaningChangeFlagsMeetTarget() {
        assertTrue(SCORE.total.meaningAccuracy() >= TARGET, () -> SCORE.total.meaningAccuracy() + " meaning flags");
    }

    @Test
    void reorderedClausesAreClassifiedAndLocated() {
        MatchingQuality.Tally reordered = byKind.get("reordered");
        assertTrue(reordered.cases >= 30, () -> reordered.cases + " reordered cases");
        assertTrue(reordered.classAccuracy() >= TARGET && reordered.locationAccuracy() >= TARGET,
                () -> reordered.classAccuracy() + " / " + reordered.locationAccuracy());
    }
}
