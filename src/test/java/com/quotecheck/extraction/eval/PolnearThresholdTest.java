package com.quotecheck.extraction.eval;

import com.quotecheck.extraction.QuoteExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the extractor to its PolNeAR dev figures. Speaker accuracy is held to the 0.92 target; precision and
 * recall to the floors measured so far, 545/576 and 550/564 (the 0.97 / 0.98 targets are not reached, see
 * docs/quality.md); the reported-speech gauge to 258 covered attributions and 93% of INDIRECT items on one, with a
 * little room.
 */
class PolnearThresholdTest {

    private static final double SPEAKER_TARGET = 0.92;
    private static final double PRECISION_FLOOR = 0.945;
    private static final double RECALL_FLOOR = 0.975;
    private static final int REPORTED_COVERED_FLOOR = 300;
    private static final double REPORTED_ON_ANNOTATION_FLOOR = 0.92;

    private static List<PolnearCorpus.Article> corpus() throws IOException {
        Path corpus = PolnearCorpus.defaultPath();
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "PolNeAR dev not found at " + corpus);
        return PolnearCorpus.read(corpus);
    }

    @Test
    void reportedSpeechGaugeStaysAboveItsFloors() throws IOException {
        PolnearEvaluation.ReportedSpeechGauge gauge = PolnearEvaluation.reportedSpeech(new QuoteExtractor(), corpus());
        assertTrue(gauge.found() >= REPORTED_COVERED_FLOOR, () -> "covered " + gauge);
        assertTrue(gauge.onAnnotationShare() >= REPORTED_ON_ANNOTATION_FLOOR, () -> "on an annotation " + gauge);
    }

    @Test
    void directQuoteFiguresStayAboveTheirFloors() throws IOException {
        List<PolnearCorpus.Article> articles = corpus();
        SegmentScorer.Score score = PolnearEvaluation.evaluate(new QuoteExtractor(), articles);
        assertTrue(score.precision() >= PRECISION_FLOOR, () -> "precision " + score.precision());
        assertTrue(score.recall() >= RECALL_FLOOR, () -> "recall " + score.recall());
        assertTrue(score.speakerAccuracy() >= SPEAKER_TARGET, () -> "speaker accuracy " + score.speakerAccuracy());
    }
}
