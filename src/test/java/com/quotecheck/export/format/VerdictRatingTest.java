package com.quotecheck.export.format;

import com.quotecheck.review.VerdictType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerdictRatingTest {

    @ParameterizedTest
    @EnumSource(VerdictType.class)
    void everyVerdictIsPublishedWithTheLabelReviewersSee(VerdictType verdict) {
        assertEquals(verdict.label(), VerdictRating.of(verdict.name()).label());
    }

    @Test
    void ratesFaithfulQuotesHighAndMisleadingOnesLow() {
        assertEquals(5, VerdictRating.of("ACCURATE").ratingValue());
        assertEquals(4, VerdictRating.of("MINOR_DEVIATION").ratingValue());
        assertEquals(2, VerdictRating.of("OUT_OF_CONTEXT").ratingValue());
        assertEquals(1, VerdictRating.of("MISQUOTED").ratingValue());
        assertEquals(1, VerdictRating.of("MISATTRIBUTED").ratingValue());
        assertNull(VerdictRating.of("UNVERIFIABLE").ratingValue());
    }

    @Test
    void anUnreviewedQuoteHasNoRatingAndAnUnknownVerdictIsAnError() {
        assertNull(VerdictRating.of(null));
        assertThrows(IllegalArgumentException.class, () -> VerdictRating.of("FALSE"));
    }
}
