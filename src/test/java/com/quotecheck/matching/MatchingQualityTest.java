package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelled test set built from real text meets the quality targets (each at least 0.95). */
class MatchingQualityTest extends QualityTargets {

    private static final Score SCORE = new Score();

    @BeforeAll
    static void runTheTestSet() {
        List<SourceText> library = QuoteCases.library();
        List<QuoteCases.Case> cases = QuoteCases.generate(library, QuoteCases.fabricated(), 6, 42);
        MatchingQuality.score(MatchingQuality.matcherFor(library), cases, SCORE.total, SCORE.failures);
    }

    @Override
    Score score() {
        return SCORE;
    }

    @Test
    void testSetHasHundredsOfCasesOfEveryKind() {
        assertTrue(SCORE.total.cases >= 400, () -> SCORE.total.cases + " cases");
        assertTrue(SCORE.total.attributed >= 100, () -> SCORE.total.attributed + " attributed cases");
    }
}
