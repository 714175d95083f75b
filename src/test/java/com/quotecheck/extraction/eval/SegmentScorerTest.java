package com.quotecheck.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScorerTest {

    private static final String TEXT = "one two three four five six seven eight nine ten";

    private static int at(String word) {
        return TEXT.indexOf(word);
    }

    private static int after(String word) {
        return TEXT.indexOf(word) + word.length();
    }

    @Test
    void matchNeedsEightyPercentOfGoldAndThirtyPercentOfOwnWords() {
        int[][] words = SegmentScorer.wordSpans(TEXT);
        // Gold "one..five"; prediction "one..four" covers 4/5 = 80% of gold.
        assertTrue(SegmentScorer.matches(words, at("one"), after("four"), at("one"), after("five")));
        assertFalse(SegmentScorer.matches(words, at("one"), after("three"), at("one"), after("five")));
        // Prediction "one..ten" has 3/10 own words in gold "one..three": 30%, just enough.
        assertTrue(SegmentScorer.matches(words, at("one"), after("ten"), at("one"), after("three")));
        assertFalse(SegmentScorer.matches(words, at("one"), after("ten"), at("one"), after("two")));
    }

    @Test
    void predictionMatchingOnlyAMixedQuoteIsNotCountedAgainstPrecision() {
        List<SegmentScorer.GoldSegment> gold = List.of(
                new SegmentScorer.GoldSegment(at("one"), after("three"), false, "Ann Lee"),
                new SegmentScorer.GoldSegment(at("six"), after("seven"), true, "Bo Ng"));
        List<SegmentScorer.Prediction> predictions = List.of(
                new SegmentScorer.Prediction(at("one"), after("three"), "Lee"),
                new SegmentScorer.Prediction(at("six"), after("seven"), null),
                new SegmentScorer.Prediction(at("nine"), after("ten"), null));
        SegmentScorer.Score s = SegmentScorer.score(TEXT, gold, predictions).score();
        assertEquals(2, s.predictions());
        assertEquals(1, s.predictionsMatched());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.speakerAccuracy());
    }

    @Test
    void pronounGoldSpeakersAreNotCheckedAndNamesNeedASharedWord() {
        assertTrue(SegmentScorer.isPronoun("She"));
        assertTrue(SegmentScorer.sharesNameWord("Sen. Claire McCaskill (D-Mo.)", "Claire McCaskill"));
        assertFalse(SegmentScorer.sharesNameWord("the union", "the president"));
    }
}
