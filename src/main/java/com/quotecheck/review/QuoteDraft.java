package com.quotecheck.review;

import com.quotecheck.extraction.QuoteKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A quote a reviewer adds by hand: its words as they stand in the article, searched from {@code start} on.
 */
public record QuoteDraft(
        @NotBlank(message = "Enter the quote's words exactly as they stand in the article.")
        String text,
        @Size(max = 300, message = "The speaker may have at most 300 characters.")
        String speaker,
        Long sourceId,
        @PositiveOrZero(message = "The start position cannot be negative.")
        Integer start,
        QuoteKind kind) {
}
