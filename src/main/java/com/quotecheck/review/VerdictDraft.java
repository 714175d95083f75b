package com.quotecheck.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A verdict as a reviewer submits it, optionally pinned to the source passage it was judged against.
 *
 * @param version the quote version the reviewer saw, checked against the stored one when given
 */
public record VerdictDraft(
        @NotNull(message = "Choose a verdict.")
        VerdictType verdict,
        @Size(max = 20000, message = "The note may have at most 20000 characters.")
        String note,
        Long sourceId,
        @PositiveOrZero(message = "The passage start cannot be negative.")
        Integer start,
        @PositiveOrZero(message = "The passage end cannot be negative.")
        Integer end,
        @Size(max = 200, message = "The reviewer's name may have at most 200 characters.")
        String reviewer,
        Integer version) {
}
