package com.quotecheck.web.api;

import com.quotecheck.extraction.QuoteKind;
import com.quotecheck.review.Quote;
import com.quotecheck.review.ReviewStatus;
import com.quotecheck.review.Verdict;
import com.quotecheck.review.VerdictType;

import java.time.Instant;

/**
 * A quote as the API shows it; {@code verdict} is the latest one recorded, {@code signedOffBy/At/Note} the editor's
 * decision on it (null while none).
 */
public record QuoteJson(
        long id,
        long articleId,
        String text,
        int start,
        int end,
        String speaker,
        String speakerName,
        String speakerDescription,
        String cue,
        String citedOutlet,
        QuoteKind kind,
        Double confidence,
        Long sourceId,
        ReviewStatus status,
        VerdictType verdict,
        String signedOffBy,
        Instant signedOffAt,
        String signOffNote,
        int version) {

    static QuoteJson of(Quote quote, Verdict latest) {
        return new QuoteJson(quote.id, quote.article.id, quote.text, quote.start, quote.end, quote.speaker,
                quote.speakerName, quote.speakerDescription, quote.cue, quote.citedOutlet, quote.kind,
                quote.confidence, quote.source == null ? null : quote.source.id, quote.status,
                latest == null ? null : latest.verdict, quote.signedOffBy, quote.signedOffAt, quote.signOffNote,
                quote.version);
    }
}
