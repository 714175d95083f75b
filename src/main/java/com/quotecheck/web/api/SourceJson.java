package com.quotecheck.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.source.SourceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A source snapshot; lists leave out the text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceJson(
        long id,
        String title,
        String publisher,
        SourceKind kind,
        String url,
        String finalUrl,
        String contentType,
        LocalDate publishedOn,
        String language,
        List<String> speakers,
        String sha256,
        String rawSha256,
        Instant retrievedAt,
        Long supersedesId,
        String text) {

    static SourceJson of(SourceDocument s, boolean withText) {
        return new SourceJson(s.id, s.title, s.publisher, s.kind, s.url, s.finalUrl, s.contentType, s.publishedOn,
                s.language, s.speakerList(), s.sha256, s.rawSha256, s.retrievedAt, s.supersedesId, withText ? s.text : null);
    }
}
