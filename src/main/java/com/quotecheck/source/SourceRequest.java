package com.quotecheck.source;

import jakarta.validation.constraints.AssertTrue;

import java.time.LocalDate;

/** A source as the API accepts it: pasted {@code text}, or a {@code url} for the server to fetch. */
public record SourceRequest(String title, String publisher, String text, SourceKind kind, String url,
                            LocalDate publishedOn, String language, String speakers) {

    @AssertTrue(message = "Send the source's text, or a url to fetch it from.")
    public boolean isTextOrUrl() {
        return !isBlank(text) || !isBlank(url);
    }

    boolean pasted() {
        return !isBlank(text);
    }

    SourceDraft draft() {
        return new SourceDraft(title, publisher, text, kind, url, publishedOn, language, speakers);
    }

    SourceDetails details() {
        return new SourceDetails(title, publisher, kind, publishedOn, language, speakers);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
