package com.quotecheck.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An editor's decision on a proposed verdict.
 *
 * @param approve true confirms the verdict (the quote becomes VERIFIED), false returns it to the reviewers
 * @param note    why; required when returning
 * @param version the quote version the editor saw; a decision on an older version is refused
 */
public record SignOffDecision(
        @NotNull(message = "Say whether you approve the verdict (true) or return it (false).")
        Boolean approve,
        @Size(max = 20000, message = "The note may have at most 20000 characters.")
        String note,
        @NotNull(message = "Send the quote version you decided on (the quote's \"version\").")
        Integer version) {
}
