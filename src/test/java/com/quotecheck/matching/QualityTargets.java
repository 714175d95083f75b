package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The targets every labelled matching set must meet: class, location and misattribution accuracy of at least 0.95. */
abstract class QualityTargets {

    static final double TARGET = 0.95;

    /** What a set scored, filled once per test class. */
    static final class Score {
        final MatchingQuality.Tally total = new MatchingQuality.Tally();
        final List<String> failures = new ArrayList<>();
    }

    abstract Score score();

    @Test
    void classAccuracyMeetsTarget() {
        assertTrue(score().total.classAccuracy() >= TARGET, () -> score().total.classAccuracy() + details());
    }

    @Test
    void locationAccuracyMeetsTarget() {
        assertTrue(score().total.locationAccuracy() >= TARGET, () -> score().total.locationAccuracy() + details());
    }

    @Test
    void misattributionDetectionMeetsTarget() {
        assertTrue(score().total.attributionAccuracy() >= TARGET, () -> score().total.attributionAccuracy() + details());
    }

    private String details() {
        return "\n" + String.join("\n", score().failures);
    }
}
