package com.quotecheck.export.format;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One exported quote with everything a row of any format needs; every reference-typed field may be null.
 *
 * @param speaker           the speaker as the article writes it
 * @param speakerName       the resolved speaker name
 * @param kind              DIRECT, PARTIAL or INDIRECT
 * @param quotePrefix       up to 32 characters of article text before the quote
 * @param quoteSuffix       up to 32 characters of article text after the quote
 * @param verdict           a verdict name (ACCURATE … UNVERIFIABLE), null while unreviewed
 * @param status            UNREVIEWED, PROPOSED, VERIFIED or RETURNED
 * @param sourceSha256      hex SHA-256 of the stored source text the passage offsets refer to
 */
public record ExportRow(
        long quoteId, String quote, String speaker, String speakerName, SpeakerType speakerType,
        String cue, String kind,
        long articleId, String articleTitle, String articleOutlet, String articleUrl, LocalDate articlePublishedOn,
        int quoteStart, int quoteEnd, String quotePrefix, String quoteSuffix,
        String verdict, String note,
        String reviewer, Instant reviewedAt, String status, String signedOffBy, Instant signedOffAt,
        Long sourceId, String sourceTitle, String sourcePublisher, String sourceUrl, LocalDate sourcePublishedOn,
        Instant sourceRetrievedAt, String sourceSha256,
        Integer passageStart, Integer passageEnd, String passage, String passagePrefix, String passageSuffix,
        String matchClass) {

    /** The name to show for the speaker: the resolved name when there is one, else the name as written. */
    public String displaySpeaker() {
        return speakerName != null ? speakerName : speaker;
    }

    /** Whether the quote was matched to a passage of a stored source document. */
    public boolean hasPassage() {
        return sourceId != null && passageStart != null && passageEnd != null;
    }
}
