package com.quotecheck.export.format;

import java.util.function.Function;

/** The columns of the CSV and the keys of the JSON export: every {@link ExportRow} field, in record order. */
enum ExportField {
    QUOTE_ID("quoteId", "Quote ID", ExportRow::quoteId),
    QUOTE("quote", "Quote", ExportRow::quote),
    SPEAKER("speaker", "Speaker as written", ExportRow::speaker),
    SPEAKER_NAME("speakerName", "Speaker", ExportRow::speakerName),
    SPEAKER_TYPE("speakerType", "Speaker type", ExportRow::speakerType),
    CUE("cue", "Cue", ExportRow::cue),
    KIND("kind", "Quote kind", ExportRow::kind),
    ARTICLE_ID("articleId", "Article ID", ExportRow::articleId),
    ARTICLE_TITLE("articleTitle", "Article title", ExportRow::articleTitle),
    ARTICLE_OUTLET("articleOutlet", "Outlet", ExportRow::articleOutlet),
    ARTICLE_URL("articleUrl", "Article URL", ExportRow::articleUrl),
    ARTICLE_PUBLISHED_ON("articlePublishedOn", "Article published on", ExportRow::articlePublishedOn),
    QUOTE_START("quoteStart", "Quote start", ExportRow::quoteStart),
    QUOTE_END("quoteEnd", "Quote end", ExportRow::quoteEnd),
    QUOTE_PREFIX("quotePrefix", "Text before quote", ExportRow::quotePrefix),
    QUOTE_SUFFIX("quoteSuffix", "Text after quote", ExportRow::quoteSuffix),
    VERDICT("verdict", "Verdict", ExportRow::verdict),
    NOTE("note", "Note", ExportRow::note),
    REVIEWER("reviewer", "Reviewer", ExportRow::reviewer),
    REVIEWED_AT("reviewedAt", "Reviewed at", ExportRow::reviewedAt),
    STATUS("status", "Status", ExportRow::status),
    SIGNED_OFF_BY("signedOffBy", "Signed off by", ExportRow::signedOffBy),
    SIGNED_OFF_AT("signedOffAt", "Signed off at", ExportRow::signedOffAt),
    SOURCE_ID("sourceId", "Source ID", ExportRow::sourceId),
    SOURCE_TITLE("sourceTitle", "Source title", ExportRow::sourceTitle),
    SOURCE_PUBLISHER("sourcePublisher", "Source publisher", ExportRow::sourcePublisher),
    SOURCE_URL("sourceUrl", "Source URL", ExportRow::sourceUrl),
    SOURCE_PUBLISHED_ON("sourcePublishedOn", "Source published on", ExportRow::sourcePublishedOn),
    SOURCE_RETRIEVED_AT("sourceRetrievedAt", "Source retrieved at", ExportRow::sourceRetrievedAt),
    SOURCE_SHA256("sourceSha256", "Source SHA-256", ExportRow::sourceSha256),
    PASSAGE_START("passageStart", "Passage start", ExportRow::passageStart),
    PASSAGE_END("passageEnd", "Passage end", ExportRow::passageEnd),
    PASSAGE("passage", "Source passage", ExportRow::passage),
    PASSAGE_PREFIX("passagePrefix", "Text before passage", ExportRow::passagePrefix),
    PASSAGE_SUFFIX("passageSuffix", "Text after passage", ExportRow::passageSuffix),
    MATCH_CLASS("matchClass", "Match class", ExportRow::matchClass);

    private final String key;
    private final String header;
    private final Function<ExportRow, Object> accessor;

    ExportField(String key, String header, Function<ExportRow, Object> accessor) {
        this.key = key;
        this.header = header;
        this.accessor = accessor;
    }

    /** The camelCase JSON key, the same as the record component's name. */
    String key() {
        return key;
    }

    /** The CSV header a person reads. */
    String header() {
        return header;
    }

    /** The value: a Number, String, enum, LocalDate, Instant, or null. */
    Object valueOf(ExportRow row) {
        return accessor.apply(row);
    }
}
