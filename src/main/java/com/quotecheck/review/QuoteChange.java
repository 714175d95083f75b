package com.quotecheck.review;

import jakarta.validation.constraints.Size;

/**
 * A reviewer's correction of a quote's attribution; a null field leaves that part as it is.
 *
 * @param speaker  the speaker's name ("" clears it)
 * @param sourceId the attributed source (0 clears it)
 * @param version  the quote version the correction was made on, checked against the stored one when given
 */
public record QuoteChange(
        @Size(max = 300, message = "The speaker may have at most 300 characters.")
        String speaker,
        Long sourceId,
        Integer version) {

    public static final long NO_SOURCE = 0;
}
