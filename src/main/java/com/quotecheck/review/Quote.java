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

import java.util.List;

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

    /** A quote that re-extraction must keep: added or corrected by a person, or already judged. */
    public boolean isReviewerWork() {
        return origin == QuoteOrigin.MANUAL || corrected || status != ReviewStatus.UNREVIEWED;
    }

    public void correctSpeaker(String speakerAsWritten) {
        speaker = speakerAsWritten;
        speakerName = speakerAsWritten;
        corrected = true;
    }

    public void attributeTo(SourceDocument attributedSource) {
        source = attributedSource;
        corrected = true;
    }

    public void markReviewed() {
        status = ReviewStatus.REVIEWED;
    }
}
