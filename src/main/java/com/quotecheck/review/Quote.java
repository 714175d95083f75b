package com.quotecheck.review;

import com.quotecheck.article.Article;
import com.quotecheck.extraction.ExtractedQuote;
import com.quotecheck.extraction.QuoteKind;
import com.quotecheck.source.SourceDocument;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Words an article attributes to someone, anchored by offsets into the article's text. */
@Entity
@Audited
public class Quote extends PanacheEntity {

    // Snapshots point at the live article and source (sources never change; the trail needs only the ids).
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Article article;
    public String text;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Enumerated(EnumType.STRING)
    public QuoteKind kind;
    public String speaker;
    public String speakerName;
    public String speakerDescription;
    public String cue;
    public String citedOutlet;
    public Double confidence;
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public SourceDocument source;
    @Enumerated(EnumType.STRING)
    public QuoteOrigin origin;
    /** Set once a reviewer changes speaker or source, so re-extraction leaves the quote alone. */
    public boolean corrected;
    @Enumerated(EnumType.STRING)
    public ReviewStatus status;
    /** The editor who last confirmed or returned the latest verdict; null while nobody has. */
    public String signedOffBy;
    public Instant signedOffAt;
    /** Why the editor confirmed or returned it; required when returned. */
    public String signOffNote;
    @Version
    public int version;

    public static Quote extracted(Article article, ExtractedQuote found) {
        Quote quote = new Quote();
        quote.article = article;
        quote.text = found.text();
        quote.start = found.start();
        quote.end = found.end();
        quote.kind = found.kind();
        quote.speaker = found.speaker();
        quote.speakerName = found.speakerName();
        quote.speakerDescription = found.speakerDescription();
        quote.cue = found.cue();
        quote.citedOutlet = found.citedOutlet();
        quote.confidence = found.confidence();
        quote.origin = QuoteOrigin.EXTRACTED;
        quote.status = ReviewStatus.UNREVIEWED;
        return quote;
    }

    public static Quote manual(Article article, int start, int end, QuoteKind kind, String speaker) {
        Quote quote = new Quote();
        quote.article = article;
        quote.text = article.text.substring(start, end);
        quote.start = start;
        quote.end = end;
        quote.kind = kind;
        quote.speaker = speaker;
        quote.speakerName = speaker;
        quote.origin = QuoteOrigin.MANUAL;
        quote.status = ReviewStatus.UNREVIEWED;
        return quote;
    }

    public static List<Quote> listFor(Article article) {
        return list("article = ?1 order by start, end, id", article);
    }

    /** Quotes per review status across every article. */
    public static StatusCounts countByStatus() {
        StatusCounts counts = StatusCounts.NONE;
        for (Object[] row : getEntityManager()
                .createQuery("select q.status, count(q) from Quote q group by q.status", Object[].class)
                .getResultList()) {
            counts = counts.plus((ReviewStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Quotes per review status of each article that has quotes, by article id. */
    public static Map<Long, StatusCounts> countByStatusPerArticle() {
        Map<Long, StatusCounts> counts = new HashMap<>();
        for (Object[] row : getEntityManager()
                .createQuery("select q.article.id, q.status, count(q) from Quote q group by q.article.id, q.status",
                        Object[].class)
                .getResultList()) {
            counts.compute((Long) row[0], (article, sofar) -> (sofar == null ? StatusCounts.NONE : sofar)
                    .plus((ReviewStatus) row[1], (Long) row[2]));
        }
        return counts;
    }

    /** A quote that re-extraction must keep: added or corrected by a person, or already judged. */
    public boolean isReviewerWork() {
        return origin == QuoteOrigin.MANUAL || corrected || status != ReviewStatus.UNREVIEWED;
    }

    /**
     * A changed speaker or source is not what was verified: the latest verdict becomes a proposal again, so nobody
     * exports as verified an attribution no editor has seen.
     */
    public void correctSpeaker(String speakerAsWritten) {
        boolean changed = !Objects.equals(speakerName, speakerAsWritten);
        speaker = speakerAsWritten;
        speakerName = speakerAsWritten;
        corrected = true;
        if (changed) {
            reopenIfVerified();
        }
    }

    public void attributeTo(SourceDocument attributedSource) {
        boolean changed = source != attributedSource
                && (source == null || attributedSource == null || !source.id.equals(attributedSource.id));
        source = attributedSource;
        corrected = true;
        if (changed) {
            reopenIfVerified();
        }
    }

    /** A new verdict: a proposal for an editor to sign off, or verified at once where sign-off is switched off. */
    public void judged(boolean signOffRequired) {
        status = signOffRequired ? ReviewStatus.PROPOSED : ReviewStatus.VERIFIED;
        recordSignOff(null, null, null);
    }

    public void confirm(String editor, Instant at, String note) {
        status = ReviewStatus.VERIFIED;
        recordSignOff(editor, at, note);
    }

    public void returnToReviewer(String editor, Instant at, String note) {
        status = ReviewStatus.RETURNED;
        recordSignOff(editor, at, note);
    }

    private void reopenIfVerified() {
        if (status == ReviewStatus.VERIFIED) {
            status = ReviewStatus.PROPOSED;
            recordSignOff(null, null, null);
        }
    }

    private void recordSignOff(String editor, Instant at, String note) {
        signedOffBy = editor;
        signedOffAt = at;
        signOffNote = note;
    }
}
