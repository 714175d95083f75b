package com.quotecheck.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A verdict as a reviewer submits it, optionally pinned to the source passage it was judged against. The reviewer is
 * the signed-in user, never a typed name.
 *
 * @param version the quote version the reviewer saw; a verdict on an older version is refused
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
        @NotNull(message = "Send the quote version you judged (the quote's \"version\"), so nobody's verdict is"
                + " superseded unseen.")
        Integer version) {
}
