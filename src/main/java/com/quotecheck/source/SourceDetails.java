package com.quotecheck.source;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a user may state about a fetched or uploaded source; what is left out is taken from the document. */
public record SourceDetails(
        @Size(max = 500, message = "The title may have at most 500 characters.")
        String title,
        @Size(max = 300, message = "The publisher may have at most 300 characters.")
        String publisher,
        SourceKind kind,
        LocalDate publishedOn,
        @Size(max = 35, message = "The language may have at most 35 characters (e.g. en, zh-Hans).")
        String language,
        @Size(max = 1000, message = "The speakers may have at most 1000 characters.")
        String speakers) {
}
