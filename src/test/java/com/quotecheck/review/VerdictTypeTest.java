package com.quotecheck.review;

import com.quotecheck.matching.Edit;
import com.quotecheck.matching.EditType;
import com.quotecheck.matching.MatchClass;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.Passage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTypeTest {

    @ParameterizedTest
    @CsvSource({
            "EXACT, true, false, ACCURATE",
            "EDITED, true, false, ACCURATE",
            "DEVIATES, true, false, MINOR_DEVIATION",
            "DEVIATES, true, true, MISQUOTED",
            "PARAPHRASE, , false, MISQUOTED",
            "EXACT, false, false, MISATTRIBUTED",
            "NOT_FOUND, , false, UNVERIFIABLE"})
    void suggestsTheVerdictAReviewerMostLikelyReaches(MatchClass matchClass, Boolean attributed, boolean meaningChange,
                                                      VerdictType expected) {
        Edit edit = new Edit(EditType.REPLACE, "63%", "36%", meaningChange ? "number changed" : null);
        Passage passage = matchClass == MatchClass.NOT_FOUND ? null : new Passage(1, 0, 3, "36%", 0.9);
        MatchResult match = new MatchResult(matchClass, passage, List.of(), List.of(edit), attributed);
        assertEquals(expected, VerdictType.suggestedFor(match));
    }
}
