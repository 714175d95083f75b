package com.quotecheck.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a user submits to add an article. */
public record ArticleDraft(
        @NotBlank(message = "Give the article a title.")
        @Size(max = 500, message = "The title may have at most 500 characters.")
        String title,
        @NotBlank(message = "Paste the article's text.")
        String text,
        @Size(max = 200, message = "The outlet may have at most 200 characters.")
        String outlet,
        @Size(max = 2000, message = "The URL may have at most 2000 characters.")
        @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "The URL must start with http:// or https://.")
        String url,
        LocalDate publishedOn) {
}
