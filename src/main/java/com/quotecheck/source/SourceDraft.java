package com.quotecheck.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What a user submits to add a source document by pasting its text.
 *
 * @param speakers the people or bodies whose words the document records, separated by semicolons or lines
 */
public record SourceDraft(
        @NotBlank(message = "Give the source a title.")
        @Size(max = 500, message = "The title may have at most 500 characters.")
        String title,
        @NotBlank(message = "Name the publisher.")
        @Size(max = 300, message = "The publisher may have at most 300 characters.")
        String publisher,
        @NotBlank(message = "Paste the source's text.")
        String text,
        SourceKind kind,
        @Size(max = 2000, message = "The URL may have at most 2000 characters.")
        @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "The URL must start with http:// or https://.")
        String url,
        LocalDate publishedOn,
        @Size(max = 35, message = "The language may have at most 35 characters (e.g. en, zh-Hans).")
        String language,
        @Size(max = 1000, message = "The speakers may have at most 1000 characters.")
        String speakers) {
}
